/// The one place the version lives: `heaplint --version`, `heaplint version` and SARIF read it.
enum HeaplintVersion {
    static let number = "0.1.0"
    static var display: String { "heaplint \(number)" }
}
