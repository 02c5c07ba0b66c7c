class Service:
    def __init__(self, name, port, tags=[]):  # expect: HL101 confirmed
        self.name = name
        self.port = port
        self.tags = tags
