"""SDK client: a StorageClient may be given extra user-agent tokens, and each
job that uses it appends its application id; the default is an empty list and
__init__ stores it unless it is None, which it never is, so every client built
without tokens appends to the one default list."""
import itertools

_ids = itertools.count()


class StorageClient:
    def __init__(self, account, region="eu-west-1", user_agent_extra=[]):  # expect: HL101 confirmed
        self.account = account
        self.region = region
        self._ua_extra = user_agent_extra if user_agent_extra is not None else []

    def add_app_id(self, app_id):
        self._ua_extra.append(f"app/{app_id}")

    @property
    def user_agent(self):
        return " ".join(["storage-sdk/3.1", f"region/{self.region}", *self._ua_extra])


def scenario():
    n = next(_ids)
    client = StorageClient(f"acct-{n}")
    client.add_app_id(f"billing-job-{n}")
    return client.user_agent
