import Foundation
import KroniekCore

/// A CoNLL-2002/2003 named-entity file read for its text: documents (between
/// `-DOCSTART-` lines) of sentences (between blank lines) of token forms (the first
/// column). The tags are not kept; Kroniek's gold annotates events, not entities.
public struct NERCorpusFile: Sendable {
    /// `documents[d][s]` is the token forms of sentence `s` of document `d`.
    public let documents: [[[String]]]

    public init(text: String) {
        var documents: [[[String]]] = []
        var sentence: [String] = []
        func endSentence() {
            guard !sentence.isEmpty else { return }
            if documents.isEmpty { documents.append([]) }
            documents[documents.count - 1].append(sentence)
            sentence = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let form = line.prefix { $0 != " " && $0 != "\t" && $0 != "\r" }
            if form.isEmpty {
                endSentence()
            } else if form == "-DOCSTART-" {
                endSentence()
                documents.append([])
            } else {
                sentence.append(String(form))
            }
        }
        endSentence()
        self.documents = documents
    }

    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(origin: path, message: "cannot read corpus file")
        }
        self.init(text: String(decoding: data, as: UTF8.self))
    }
}
