/// A configuration of the arc-hybrid transition system (Kuhlmann et al. 2011) with the
/// root as an extra last buffer item (index `n`), constrained so that exactly one word
/// attaches to it: LEFT onto the root is only allowed when the stack holds one word.
///
/// SHIFT moves the buffer front onto the stack; LEFT makes the buffer front the head of the
/// stack top and pops it; RIGHT makes the second stack item the head of the top and pops it.
struct ArcHybridState {
    enum Move: Int { case shift = 0, left = 1, right = 2 }
    static let moveCount = 3

    let n: Int
    private(set) var stack: [Int] = []
    private(set) var front = 0
    /// Head of each word (`n` = root), -1 while unattached.
    private(set) var heads: [Int]
    private(set) var labels: [Int]
    /// Outermost and second outermost dependents on each side (-1 while none).
    private(set) var leftmost: [Int], rightmost: [Int], leftmost2: [Int], rightmost2: [Int]
    private(set) var leftCount: [Int], rightCount: [Int]
    /// The set of relations of each word's dependents on each side, one bit per label class.
    private(set) var leftLabels: [UInt64], rightLabels: [UInt64]
    /// The label-class bit of each label index.
    private let labelBits: [UInt64]

    init(wordCount n: Int, labelBits: [UInt64]) {
        self.n = n
        self.labelBits = labelBits
        stack.reserveCapacity(n)
        heads = Array(repeating: -1, count: n + 1); labels = heads
        leftmost = heads; rightmost = heads; leftmost2 = heads; rightmost2 = heads
        leftCount = Array(repeating: 0, count: n + 1); rightCount = leftCount
        leftLabels = Array(repeating: 0, count: n + 1); rightLabels = leftLabels
    }

    var isTerminal: Bool { front == n && stack.isEmpty }

    func isValid(_ move: Move) -> Bool {
        switch move {
        case .shift: return front < n
        case .left: return !stack.isEmpty && (front < n || stack.count == 1)
        case .right: return stack.count >= 2
        }
    }

    /// The stack item `k` places below the top (0 = top), or -1.
    @inline(__always) func stackItem(_ k: Int) -> Int { k < stack.count ? stack[stack.count - 1 - k] : -1 }
    /// The buffer item `k` places after the front (including the root at `n`), or -1.
    @inline(__always) func bufferItem(_ k: Int) -> Int { front + k <= n ? front + k : -1 }

    mutating func apply(_ move: Move, label: Int) {
        switch move {
        case .shift: stack.append(front); front += 1
        case .left: attach(stack.removeLast(), to: front, label: label)
        case .right:
            let dependent = stack.removeLast()
            attach(dependent, to: stack[stack.count - 1], label: label)
        }
    }

    private mutating func attach(_ d: Int, to h: Int, label: Int) {
        heads[d] = h; labels[d] = label
        let bit = label >= 0 ? labelBits[label] : 0
        // Left dependents attach nearest first and right ones leftmost first, so each new
        // dependent is the outermost of its side.
        if d < h {
            leftCount[h] += 1
            leftmost2[h] = leftmost[h]; leftmost[h] = d
            leftLabels[h] |= bit
        } else {
            rightCount[h] += 1
            rightmost2[h] = rightmost[h]; rightmost[h] = d
            rightLabels[h] |= bit
        }
    }

    /// The number of gold arcs a move makes unreachable (Goldberg & Nivre 2013), for a
    /// projective gold tree `gold` (head per word, `n` = root). Zero-cost moves are optimal.
    func cost(_ move: Move, gold: [Int]) -> Int {
        switch move {
        case .shift:
            let b = front
            var c = 0
            for (k, item) in stack.enumerated() {
                if gold[item] == b { c += 1 }
                if gold[b] == item && k != stack.count - 1 { c += 1 }
            }
            return c
        case .left, .right:
            let s0 = stack[stack.count - 1]
            let s1 = stack.count >= 2 ? stack[stack.count - 2] : -1
            var c = 0
            for d in front..<n where gold[d] == s0 { c += 1 }
            let g = gold[s0]
            if move == .left {
                if g != front && (g == s1 || g > front) { c += 1 }
            } else if g != s1 && g >= front {
                c += 1
            }
            return c
        }
    }
}
