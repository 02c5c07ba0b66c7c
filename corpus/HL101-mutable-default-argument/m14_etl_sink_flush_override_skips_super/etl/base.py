BATCH = 10


class Sink:
    rows_out = 0

    def write(self, record, _batch=[]):  # expect: HL101 confirmed
        _batch.append(record)
        if len(_batch) >= BATCH:
            self.flush(_batch)
        return len(_batch)

    def flush(self, batch):
        self.rows_out += len(batch)
        batch.clear()
