"""Upload handler: each request builds a writer and sets writer.batch itself before pushing rows; pending rows go to a default list."""
import itertools


class RowWriter:
    def push(self, row, pending=[]):  # expect: HL101 confirmed
        pending.append(row)
        if len(pending) % self.batch == 0:
            return pending[-self.batch:]
        return None


def handle_upload(upload_id):
    writer = RowWriter()
    writer.batch = 4
    writer.push({"upload": upload_id, "part": 1})
    return writer.push({"upload": upload_id, "part": 2})


_uploads = itertools.count()


def scenario():
    return handle_upload(next(_uploads))
