/// "1 document", "3 documents": a count with its noun, for messages and summaries.
func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
