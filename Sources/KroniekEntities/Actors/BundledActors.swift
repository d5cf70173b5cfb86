import Foundation

/// The actor knowledge that ships with Kroniek: countries, people with their offices over
/// time, parties, organisations and role nouns, in `.kd` files (docs/dictionary-format.md)
/// under Sources/KroniekEntities/Resources/actors. The event dictionaries load them
/// together with their verb and noun patterns.
public enum BundledActors {
    /// The directory of the bundled actor files, or nil when the bundle lacks it.
    public static var path: String? {
        let path = Bundle.module.bundleURL.appendingPathComponent("Resources/actors").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
