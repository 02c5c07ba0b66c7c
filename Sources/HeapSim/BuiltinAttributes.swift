// From CPython 3.11's `dir()` of each builtin type, plus the names 3.12–3.14 added (`int.is_integer`,
// `__buffer__`, `from_number`): `python3 -c 'import collections; print(sorted(dir(collections.deque)))'`.

extension Interpreter {
    static let intAttributes: Set<String> = [
        "__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__class__", "__delattr__", "__dir__",
        "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__", "__ge__",
        "__getattribute__", "__getnewargs__", "__getstate__", "__gt__", "__hash__", "__index__", "__init__",
        "__init_subclass__", "__int__", "__invert__", "__le__", "__lshift__", "__lt__", "__mod__",
        "__mul__", "__ne__", "__neg__", "__new__", "__or__", "__pos__", "__pow__", "__radd__", "__rand__",
        "__rdivmod__", "__reduce__", "__reduce_ex__", "__repr__", "__rfloordiv__", "__rlshift__",
        "__rmod__", "__rmul__", "__ror__", "__round__", "__rpow__", "__rrshift__", "__rshift__", "__rsub__",
        "__rtruediv__", "__rxor__", "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__",
        "__truediv__", "__trunc__", "__xor__", "as_integer_ratio", "bit_count", "bit_length", "conjugate",
        "denominator", "from_bytes", "imag", "is_integer", "numerator", "real", "to_bytes"
    ]

    static let bytesAttributes: Set<String> = [
        "__add__", "__buffer__", "__bytes__", "__class__", "__contains__", "__delattr__", "__dir__",
        "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getnewargs__",
        "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__",
        "__len__", "__lt__", "__mod__", "__mul__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
        "__release_buffer__", "__repr__", "__rmod__", "__rmul__", "__setattr__", "__sizeof__", "__str__",
        "__subclasshook__", "capitalize", "center", "count", "decode", "endswith", "expandtabs", "find",
        "fromhex", "hex", "index", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace",
        "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix",
        "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split",
        "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"
    ]

    static let frozensetAttributes: Set<String> = [
        "__and__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__", "__doc__",
        "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
        "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__ne__", "__new__",
        "__or__", "__rand__", "__reduce__", "__reduce_ex__", "__repr__", "__ror__", "__rsub__", "__rxor__",
        "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__xor__", "copy",
        "difference", "intersection", "isdisjoint", "issubset", "issuperset", "symmetric_difference",
        "union"
    ]

    /// Every attribute of the builtin types the model holds as atoms and containers. A name not in
    /// its type's set is an AttributeError in CPython (`getattr("re", "pattern", "re")` is "re"),
    /// not a method. (`bool` has `int`'s; `bytearray` has `bytes`' but `__bytes__` and
    /// `__getnewargs__`, and its mutating methods; `set` has `frozenset`'s and its own.)
    static let builtinTypeAttributes: [String: Set<String>] = [
        "int": intAttributes,
        "bool": intAttributes,
        "bytes": bytesAttributes,
        "bytearray": bytesAttributes.subtracting(["__bytes__", "__getnewargs__"]).union([
            "__alloc__", "__delitem__", "__iadd__", "__imul__", "__setitem__", "append", "clear", "copy",
            "extend", "insert", "pop", "remove", "reverse"
        ]),
        "frozenset": frozensetAttributes,
        "set": frozensetAttributes.union([
            "__iand__", "__ior__", "__isub__", "__ixor__", "add", "clear", "difference_update", "discard",
            "intersection_update", "pop", "remove", "symmetric_difference_update", "update"
        ]),
        "str": [
            "__add__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
            "__ge__", "__getattribute__", "__getitem__", "__getnewargs__", "__getstate__", "__gt__", "__hash__",
            "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__mod__", "__mul__",
            "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__rmod__", "__rmul__",
            "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "capitalize", "casefold", "center",
            "count", "encode", "endswith", "expandtabs", "find", "format", "format_map", "index", "isalnum",
            "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable",
            "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition",
            "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit",
            "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper",
            "zfill",
        ],
        "float": [
            "__abs__", "__add__", "__bool__", "__ceil__", "__class__", "__delattr__", "__dir__", "__divmod__",
            "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__", "__ge__",
            "__getattribute__", "__getformat__", "__getnewargs__", "__getstate__", "__gt__", "__hash__",
            "__init__", "__init_subclass__", "__int__", "__le__", "__lt__", "__mod__", "__mul__", "__ne__",
            "__neg__", "__new__", "__pos__", "__pow__", "__radd__", "__rdivmod__", "__reduce__",
            "__reduce_ex__", "__repr__", "__rfloordiv__", "__rmod__", "__rmul__", "__round__", "__rpow__",
            "__rsub__", "__rtruediv__", "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__",
            "__truediv__", "__trunc__", "as_integer_ratio", "conjugate", "from_number", "fromhex", "hex",
            "imag", "is_integer", "real",
        ],
        "complex": [
            "__abs__", "__add__", "__bool__", "__class__", "__complex__", "__delattr__", "__dir__", "__doc__",
            "__eq__", "__format__", "__ge__", "__getattribute__", "__getnewargs__", "__getstate__", "__gt__",
            "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__mul__", "__ne__", "__neg__",
            "__new__", "__pos__", "__pow__", "__radd__", "__reduce__", "__reduce_ex__", "__repr__", "__rmul__",
            "__rpow__", "__rsub__", "__rtruediv__", "__setattr__", "__sizeof__", "__str__", "__sub__",
            "__subclasshook__", "__truediv__", "conjugate", "from_number", "imag", "real",
        ],
        "list": [
            "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__",
            "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
            "__getstate__", "__gt__", "__hash__", "__iadd__", "__imul__", "__init__", "__init_subclass__",
            "__iter__", "__le__", "__len__", "__lt__", "__mul__", "__ne__", "__new__", "__reduce__",
            "__reduce_ex__", "__repr__", "__reversed__", "__rmul__", "__setattr__", "__setitem__", "__sizeof__",
            "__str__", "__subclasshook__", "append", "clear", "copy", "count", "extend", "index", "insert",
            "pop", "remove", "reverse", "sort",
        ],
        "tuple": [
            "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__", "__doc__",
            "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getnewargs__",
            "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__",
            "__len__", "__lt__", "__mul__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
            "__rmul__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "count", "index",
        ],
        "dict": [
            "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__", "__dir__",
            "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__",
            "__gt__", "__hash__", "__init__", "__init_subclass__", "__ior__", "__iter__", "__le__", "__len__",
            "__lt__", "__ne__", "__new__", "__or__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__",
            "__ror__", "__setattr__", "__setitem__", "__sizeof__", "__str__", "__subclasshook__", "clear",
            "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values",
        ],
        "deque": [
            "__add__", "__class__", "__class_getitem__", "__contains__", "__copy__", "__delattr__",
            "__delitem__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
            "__getitem__", "__getstate__", "__gt__", "__hash__", "__iadd__", "__imul__", "__init__",
            "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__mul__", "__ne__", "__new__",
            "__reduce__", "__reduce_ex__", "__repr__", "__reversed__", "__rmul__", "__setattr__", "__setitem__",
            "__sizeof__", "__str__", "__subclasshook__", "append", "appendleft", "clear", "copy", "count",
            "extend", "extendleft", "index", "insert", "maxlen", "pop", "popleft", "remove", "reverse", "rotate",
        ],
    ]
}
