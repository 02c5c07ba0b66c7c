import Syntax

/// Lowers a syntax tree to the module model. (Stub: the lowering lands with the model work.)
public enum Lowering {
    /// `moduleName` is the dotted name (`app.cache`); the tree's source is kept on the module.
    public static func lower(_ tree: Tree, moduleName: String) -> Module {
        Module(name: moduleName, source: tree.source)
    }
}
