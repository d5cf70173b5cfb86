/// What a PETRARCH dictionary file is, told from its content, so a directory whose files
/// are named otherwise (`PETR_Validate_verbs_2_02.txt`) still loads:
///
/// - verbs: verb families open with `--- NAME [code] ---`, synsets with `&NAME`;
/// - PICO ontology: `CODE:0xHEX` lines;
/// - issues: `<ISSUE CATEGORY=…>` blocks (Kroniek does not code issues);
/// - agents: codes joined to `~` (`[~GOV]`, `[NGO~]`) or `!MACRO! = …` lines;
/// - actors: `NAME [CODE]` lines and `+SYNONYM` lines;
/// - discards: bare phrases. Any list of words looks like that (a licence, a README), so
///   a discard file is recognised only when its name also says `discard`.
enum PetrarchFileKind {
    case verbs, pico, issues, agents, actors, discards

    /// How much of a file is looked at: the first synset or verb family of every
    /// PETRARCH verb file comes well before.
    static let sampleBytes = 64 * 1024

    static func classify(_ sample: String, fileName: String) -> PetrarchFileKind? {
        var verbLines = 0, picoLines = 0, issueLines = 0, agentLines = 0, actorLines = 0, synonymLines = 0, bracketed = 0
        var lines = 0
        for (_, line) in PetrarchLines.contentLines(sample) {
            let t = line.trimmed
            lines += 1
            if (t.hasPrefix("---") && t.drop { $0 == "-" || $0 == " " }.first?.isLetter == true) || t.hasPrefix("&") { verbLines += 1 }
            if t.contains("<ISSUE") { issueLines += 1 }
            if t.hasPrefix("!"), t.contains("=") { agentLines += 1 }
            if t.hasPrefix("+") { synonymLines += 1 }
            if let colon = t.firstIndex(of: ":"), t[..<colon].allSatisfy(\.isNumber), t[t.index(after: colon)...].contains("0x") {
                picoLines += 1
            }
            if let (_, code) = PetrarchLines.bracket(Substring(t)) {
                bracketed += 1
                if code.contains("~") { agentLines += 1 } else if code.first?.isLetter == true { actorLines += 1 }
            }
        }
        guard lines > 0 else { return nil }
        if verbLines > 0 { return .verbs }
        if picoLines * 2 > lines { return .pico }
        if issueLines > 0 { return .issues }
        if agentLines > 0, agentLines >= actorLines { return .agents }
        if actorLines > 0 || (synonymLines > 0 && bracketed > 0) { return .actors }
        if bracketed == 0, fileName.lowercased().contains("discard") { return .discards }
        return nil
    }
}
