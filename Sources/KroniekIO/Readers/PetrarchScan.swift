import KroniekCore

/// What `PetrarchRecordScanner` finds in a PETRARCH record file, before any document is
/// made: the `<Environment>` elements, the records with the parts Kroniek reads, and the
/// warnings about what it read leniently or left aside.
struct PetrarchScan {
    var environment: [PetrarchEnvironmentEntry] = []
    var records: [PetrarchRawRecord] = []
    /// The line of the `<Stop>` after which PETRARCH reads no more records, if any.
    var stopLine: Int?
    var warnings: [InputError] = []
}

/// One element of `<Environment>`, as PETRARCH 2 writes it (`<Actorfile>a.txt,b.txt</Actorfile>`)
/// or as PETRARCH 1 did (`<Actorfile name="a.txt">`, `<Include categories="…">`).
struct PetrarchEnvironmentEntry {
    let name: String
    /// The element's text, or else its `name` or `categories` attribute.
    let value: String
    let line: Int
}

/// A start or end tag as written, its attributes read leniently.
struct PetrarchTag {
    let name: String
    let attributes: [(name: String, value: String)]
    let isClosing: Bool
    let isSelfClosing: Bool
    let line: Int

    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
}

/// The text of a `<Text>` or `<Parse>` element (references decoded, comments removed)
/// and the line of its start tag.
struct PetrarchContent {
    let text: String
    let line: Int
}

/// One `<Sentence>` or `<Article>` record with the parts Kroniek reads.
struct PetrarchRawRecord {
    let start: PetrarchTag
    var codings: [PetrarchTag] = []
    var text: PetrarchContent?
    var parse: PetrarchContent?
    /// Why the record cannot be read (a `<Text>` or `<Parse>` that never ends) and where, if so.
    var problem: (message: String, line: Int)?
    /// Whether a `<Stop>` came before (or inside) the record.
    var afterStop = false

    var line: Int { start.line }
    func attribute(_ name: String) -> String? { start.attribute(name) }
}
