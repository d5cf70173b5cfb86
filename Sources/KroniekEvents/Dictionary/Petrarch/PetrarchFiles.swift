extension DictionaryLoader {
    /// The part a file plays in a PETRARCH dictionary set.
    public enum PetrarchRole: String, CaseIterable, Sendable {
        case verbs, actors, agents, discards
        /// UniversalPetrarch's internal-code ontology (`PETR.Internal.Coding.Ontology.txt`).
        case pico
    }

    /// The files of a PETRARCH set, by role: names as a record or config file gives
    /// them, or paths once resolved (`PetrarchFileNames`).
    public struct PetrarchFiles: Sendable, Equatable {
        public var verbs: [String]
        public var actors: [String]
        public var agents: [String]
        public var discards: [String]
        /// The PICO internal-code ontology of UniversalPetrarch verb files, if named.
        public var pico: String?

        public init(verbs: [String] = [], actors: [String] = [], agents: [String] = [], discards: [String] = [], pico: String? = nil) {
            self.verbs = verbs; self.actors = actors; self.agents = agents; self.discards = discards; self.pico = pico
        }

        /// The full PETRARCH set: the CAMEO 2.0 verbs with the Phoenix actors and agents.
        public static let phoenix = PetrarchFiles(
            verbs: ["CAMEO.2.0.txt"],
            actors: ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"],
            agents: ["Phoenix.agents.txt"], discards: ["Phoenix.discards.txt"], pico: "PETR.Internal.Coding.Ontology.txt")

        public subscript(role: PetrarchRole) -> [String] {
            get {
                switch role {
                case .verbs: verbs
                case .actors: actors
                case .agents: agents
                case .discards: discards
                case .pico: pico.map { [$0] } ?? []
                }
            }
            set {
                switch role {
                case .verbs: verbs = newValue
                case .actors: actors = newValue
                case .agents: agents = newValue
                case .discards: discards = newValue
                case .pico: pico = newValue.first
                }
            }
        }

        /// These files, with every role `replacements` names replaced by its files.
        public func replacing(_ replacements: PetrarchFiles) -> PetrarchFiles {
            var out = self
            for role in PetrarchRole.allCases where !replacements[role].isEmpty { out[role] = replacements[role] }
            return out
        }

        public var isEmpty: Bool { PetrarchRole.allCases.allSatisfy { self[$0].isEmpty } }

        /// `verbs CAMEO.2.0.txt; actors a.txt, b.txt; …`, for notes and messages.
        public var summary: String {
            PetrarchRole.allCases.filter { !self[$0].isEmpty }
                .map { "\($0.rawValue) " + self[$0].joined(separator: ", ") }.joined(separator: "; ")
        }
    }
}
