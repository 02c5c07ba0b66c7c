"""Pure-Python fallback for serialkit._cencode."""


def _string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def encode(obj, _markers={}):  # expect: HL101 refuted
    if isinstance(obj, (dict, list)):
        if id(obj) in _markers:
            raise ValueError("circular reference detected")
        _markers[id(obj)] = obj
        try:
            if isinstance(obj, dict):
                body = ",".join(f"{_string(str(k))}:{encode(v)}" for k, v in obj.items())
                out = "{" + body + "}"
            else:
                out = "[" + ",".join(encode(v) for v in obj) + "]"
        finally:
            del _markers[id(obj)]
        return out
    if isinstance(obj, str):
        return _string(obj)
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, (int, float)):
        return repr(obj)
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
