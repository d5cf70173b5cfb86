import Foundation
@testable import KroniekIO

/// Loads `text` as if it were a file called `name` (whose extension may pick the reader).
func load(_ text: String, name: String, format: InputFormat? = nil) -> ReadOutcome {
    DocumentLoader(format: format).load(bytes: Array(text.utf8), origin: name, defaultID: name.baseNameWithoutExtension)
}
