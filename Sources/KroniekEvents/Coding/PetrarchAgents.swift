import KroniekEntities

/// The agents of PETRARCH dictionaries as UniversalPetrarch matches them: in a dictionary
/// of their own, so that an agent is found inside a longer actor name (the PRESIDENT of
/// PRESIDENT_HOSNI_MUBARAK); and the role codes they give, which tell a person's dated
/// code (FRAGOV) from a state's (SCGSRB).
struct PetrarchAgents: Sendable {
    let names: ActorDictionary
    /// Every three-letter code an agent adds (`GOVMIL` gives GOV and MIL).
    let roles: Set<String>

    init(_ agents: [AgentEntry]) {
        var names = ActorDictionary()
        var roles = Set<String>()
        for agent in agents {
            names.add(agent)
            var code = Substring(agent.code)
            while code.count >= 3 { roles.insert(String(code.prefix(3))); code = code.dropFirst(3) }
        }
        self.names = names
        self.roles = roles
    }
}
