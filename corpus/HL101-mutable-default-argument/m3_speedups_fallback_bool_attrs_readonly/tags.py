"""Tag rendering: boolean attribute names come from a default list that is only searched."""
from markup import escape


def render_tag(name, attrs, boolean_attrs=["checked", "disabled", "readonly"]):  # expect: HL101 refuted
    parts = [name]
    for key, value in attrs.items():
        if key in boolean_attrs:
            if value:
                parts.append(key)
        else:
            parts.append(f'{key}="{escape(value)}"')
    return "<" + " ".join(parts) + ">"
