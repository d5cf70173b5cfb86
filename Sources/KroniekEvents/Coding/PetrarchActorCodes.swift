import KroniekCore
import KroniekEntities

extension ActorEntry {
    /// The code for an event on `date` as UniversalPetrarch picks it
    /// (`PETRgraph.NounPhrase.check_date`): of the dated roles that hold, the one of the
    /// shortest closed period, since PETRARCH's actor files nest a term of office inside a
    /// longer span (`[FRAELI 710101-040401] [FRAGOV 030101-040331]`: in 2003 Villepin is
    /// FRAGOV, where the first role that holds would make him FRAELI); several open-ended
    /// roles and no closed one give the undated role, as do none. Nil when no role applies.
    func petrarchCode(on date: PartialDate?) -> String? {
        guard let date else { return code(on: nil) }
        let holding = roles.filter { $0.isDated && $0.holds(on: date) }
        let undated = roles.first { !$0.isDated }?.code
        guard holding.count > 1 else { return holding.first?.code ?? undated }
        let closed = holding.compactMap { r in r.from.flatMap { f in r.to.flatMap { f.days(to: $0) } }.map { (r.code, $0) } }
        // The first of the shortest, as `min(by:)` keeps the first of equals.
        return closed.min { $0.1 < $1.1 }?.0 ?? undated
    }
}
