"""Header mixins; each adds its trace header and hands on with super().prepare()."""


class DateMixin:
    def prepare(self, message, headers):
        headers["Date"] = f"day {message.day}"
        return super().prepare(message, headers)


class ReceivedMixin:
    def prepare(self, message, headers):
        hop = f"from {message.peer} by {self.hostname} with {self.protocol}"
        headers["Received"] = [hop]
        return super().prepare(message, headers)
