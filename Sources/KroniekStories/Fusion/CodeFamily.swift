/// Which CAMEO codes can name the same happening: codes under one root (`040` consult and
/// `042` make a visit, or a bare root and its leaves); the three roots of armed force,
/// 18 assault, 19 fight and 20 mass violence, which outlets use for the same attack
/// ("shelled", "clashed with", "killed"), PLOVER keeping them apart only by scale; and
/// 036, the intent to meet or negotiate, which CAMEO puts under root 03 but which names
/// the talks of root 04 before they are held ("agreed to take part in talks" in one
/// report, "will hold talks" in another).
enum CodeFamily {
    static func of(_ cameo: String) -> String {
        if cameo == "036" { return "04" }
        let root = String(cameo.prefix(2))
        return forceRoots.contains(root) ? "force" : root
    }

    private static let forceRoots: Set<String> = ["18", "19", "20"]
}
