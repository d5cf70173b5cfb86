import Foundation
import KroniekCore
import KroniekIO

/// Minimal reading of PETRARCH validation XML for `kroniek eval events`: the dictionary
/// files named in `<Environment>` and each `<Sentence>` record with its gold codings and
/// its `<Parse>`. Replace by KroniekIO's PETRARCH reader once it is on main.
struct PetrarchRecords {
    var environment: [String: [String]] = [:]
    var records: [Document] = []

    init(xml: String, origin: String) throws {
        if let env = Self.between(xml, "<Environment>", "</Environment>") {
            for tag in ["Verbfile", "Actorfile", "Agentfile", "Discardfile", "PICOfile"] {
                environment[tag] = Self.all(env, "<\(tag)>", "</\(tag)>").map { $0.trimmed }
            }
        }
        for body in Self.all(xml, "<Sentence ", "</Sentence>") {
            let attributes = String(body.prefix { $0 != ">" })
            let id = Self.attribute("id", in: attributes) ?? "record\(records.count)"
            let date = Self.attribute("date", in: attributes).flatMap { PartialDate(iso: $0) }
            let gold = Self.all(body, "<EventCoding", "/>").compactMap { c -> GoldCoding? in
                guard let e = Self.attribute("eventcode", in: c) else { return nil }
                return GoldCoding(eventCode: e, sourceCode: Self.attribute("sourcecode", in: c) ?? "",
                                  targetCode: Self.attribute("targetcode", in: c) ?? "")
            }
            let parse = Self.between(body, "<Parse>", "</Parse>") ?? ""
            let rows = parse.split(separator: "\n").filter { $0.split(separator: "\t").count >= 8 }
                .map(Self.upgradeUDv1).joined(separator: "\n")
            var doc = try CoNLLUReader().read(Self.unescape(rows) + "\n", origin: origin + "#" + id, defaultID: id).first
                ?? Document(metadata: DocumentMetadata(id: id), text: "")
            doc.metadata.id = id
            doc.metadata.date = date
            doc.metadata.language = .english
            doc.goldCodings = gold
            records.append(doc)
        }
    }

    /// The UDPipe 1 parses use the UD v1 tag `CONJ`, which UD v2 renamed `CCONJ`.
    private static func upgradeUDv1(_ row: Substring) -> String {
        var columns = row.split(separator: "\t", omittingEmptySubsequences: false)
        if columns.count > 3, columns[3] == "CONJ" { columns[3] = "CCONJ" }
        return columns.joined(separator: "\t")
    }

    private static func between(_ s: String, _ open: String, _ close: String) -> String? { all(s, open, close).first }

    private static func all(_ s: String, _ open: String, _ close: String) -> [String] {
        var out: [String] = []
        var rest = s[...]
        while let o = rest.range(of: open), let c = rest[o.upperBound...].range(of: close) {
            out.append(String(rest[o.upperBound..<c.lowerBound]))
            rest = rest[c.upperBound...]
        }
        return out
    }

    private static func attribute(_ name: String, in s: String) -> String? {
        guard let r = s.range(of: " \(name)=\"") ?? s.range(of: "\(name)=\""),
              let end = s[r.upperBound...].firstIndex(of: "\"") else { return nil }
        return unescape(String(s[r.upperBound..<end]))
    }

    private static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension StringProtocol {
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
