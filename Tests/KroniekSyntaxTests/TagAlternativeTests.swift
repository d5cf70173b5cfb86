import Testing
@testable import KroniekSyntax

/// The runner-up tag the parser sees, and the model format that carries its margin.
@Suite struct TagAlternativeTests {
    static func alternative(_ scores: [Float], margin: Float) -> UInt64 {
        let best = scores.indices.max { scores[$0] < scores[$1] }!
        return scores.withUnsafeBufferPointer {
            TagAlternative(margin: margin).alternative($0.baseAddress!, columns: scores.indices, best: best)
        }
    }

    @Test func closeRunnerUpIsGiven() {
        #expect(Self.alternative([1, 10, 8, 3], margin: 0.25) == 2)
    }

    @Test func distantRunnerUpIsNot() {
        #expect(Self.alternative([1, 10, 7, 3], margin: 0.25) == TagAlternative.none)
    }

    @Test func zeroMarginGivesNone() {
        #expect(Self.alternative([10, 10], margin: 0) == TagAlternative.none)
    }

    @Test func olderModelFormatIsRefusedClearly() {
        var out = ByteWriter()
        out.write(SyntaxPipeline.magic); out.write(UInt32(3))
        var input = ByteReader(out.bytes)
        #expect {
            try SyntaxPipeline(decoding: &input)
        } throws: { error in
            "\(error)".contains("format 3") && "\(error)".contains("retrain")
        }
    }
}
