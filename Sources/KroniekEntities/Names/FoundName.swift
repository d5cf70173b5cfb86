import KroniekCore

/// A name found in a sentence and what it names: an actor (with its code for the
/// document date) or a role noun that combines with a country.
public struct FoundName: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        case actor(code: String, kind: NamedMention.Kind)
        case agent(AgentEntry)
    }

    /// The words of the name.
    public var range: Range<Int>
    public var target: Target
    /// A role noun of a named actor ("VLD-voorzitter", "NAVO-chef"): an actor that names a
    /// person of it, whose name may follow.
    public var isActorRole = false

    public init(range: Range<Int>, target: Target, isActorRole: Bool = false) {
        self.range = range; self.target = target; self.isActorRole = isActorRole
    }

    /// The actor code, for an actor.
    public var actorCode: String? {
        if case .actor(let code, _) = target { return code }
        return nil
    }
}
