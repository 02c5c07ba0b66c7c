class InFlight:
    """Frames sent and not acknowledged yet (resent after a reconnect)."""

    def __init__(self, pending):
        self.pending = pending

    def sent(self, msg_id, frame):
        self.pending.append((msg_id, frame))

    def acked(self, msg_id):
        for index, (pending_id, _frame) in enumerate(self.pending):
            if pending_id == msg_id:
                del self.pending[index]
                return True
        return False
