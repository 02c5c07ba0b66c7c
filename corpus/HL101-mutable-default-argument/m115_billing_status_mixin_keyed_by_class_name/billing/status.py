"""StatusMixin: bind_board() picks the dict statuses go to; post_status() writes under self.board_key()."""


class StatusMixin:
    def bind_board(self, board={}):  # expect: HL101 refuted
        self._board = board

    def post_status(self, status):
        self._board[self.board_key()] = status

    def board_size(self):
        return len(self._board)
