from . import engine

TEMPLATES = {
    "order_confirmation": "Hi {{name}}, order #{{order}} is confirmed.",
    "password_reset": "Hi {{name}}, use code {{code}} to reset.",
}


def load(template, _compiled={}):  # expect: HL101 refuted
    try:
        return _compiled[template]
    except KeyError:
        source = TEMPLATES.get(template, template)
        compiled = _compiled[template] = engine.compile_template(source)
        return compiled
