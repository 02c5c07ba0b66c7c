"""Survey builder: every question renders as an <input> with the site's default attributes."""
import html
import itertools

DEFAULT_ATTRS = {"class": "form-control", "autocomplete": "off", "spellcheck": "false"}


def render_input(name, value="", extra=None, attrs=DEFAULT_ATTRS.copy()):  # expect: HL101 refuted
    """Render one text input; `extra` adds per-field attributes such as data bindings."""
    attrs = {**attrs, **(extra or {})}
    attrs["name"] = name
    parts = " ".join(f'{k}="{html.escape(str(v))}"' for k, v in sorted(attrs.items()))
    return f'<input {parts} value="{html.escape(value)}">'


def render_question(qid, prompt, answer=""):
    field = f"q{qid}"
    label = f'<label for="{field}">{html.escape(prompt)}</label>'
    widget = render_input(field, answer, extra={f"data-bind-{field}": f"answers.{field}"})
    return label + widget


_questions = itertools.count(1)


def scenario():
    n = next(_questions)
    return len(render_question(n, f"Question {n}: how likely are you to recommend us?"))
