class Connection:
    def __init__(self, dsn, timeout=5.0, init_commands=[]):  # expect: HL101 refuted
        self.dsn = dsn
        self.timeout = timeout
        self.init_commands = init_commands
        self.executed = []

    def open(self):
        for sql in self.init_commands:
            self.executed.append(sql)
        return self
