"""RenderMixin: renders and checks self.fields; it only reads the list."""
from m133_forms_widgets import hidden_input, text_input


class RenderMixin:
    def render(self, data):
        parts = []
        for field_id in self.fields[-4:]:
            short = field_id.rsplit("-", 1)[-1]
            if short in self.HIDDEN:
                parts.append(hidden_input(field_id))
            else:
                parts.append(text_input(field_id, data.get(short)))
        return "\n".join(parts)

    def missing(self, data):
        return [f for f in self.fields[-4:] if f.rsplit("-", 1)[-1] not in data]
