extension CameoEventType {
    /// CAMEO roots whose events stand without a target: public statements (01),
    /// protests (14) and force posture (15) are often addressed to nobody in particular.
    /// Every other kind of event is done to someone; found without a target, it is
    /// incomplete ("eventuele sancties" with no one to sanction) and not output by default.
    static let rootsStandingAlone: Set<String> = ["01", "14", "15"]

    public var standsWithoutTarget: Bool { Self.rootsStandingAlone.contains(root) }
}
