EXPORTERS = {}


def register(name, writer, registry=EXPORTERS):  # expect: HL101 confirmed
    registry[name] = writer
    return writer
