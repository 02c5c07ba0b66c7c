"""SDK paginator: a generic Paginator follows NextToken through an operation and
gathers every page's items into an accumulator argument that defaults to a
list; the ListObjects paginator forwards its **kwargs through super(). The
accumulator is rebound to a new list with +, so the default itself stays empty."""
import itertools

_ids = itertools.count()


class FakeStorageApi:
    def call(self, operation, Bucket, NextToken=None):
        index = int(NextToken or 0)
        keys = [f"{Bucket}/part-{index}-{i}.parquet" for i in range(4)]
        return {"Items": keys, "NextToken": str(index + 1) if index < 2 else None}


class Paginator:
    def __init__(self, api):
        self.api = api

    def collect(self, operation, into=[], **params):  # expect: HL101 refuted
        while True:
            page = self.api.call(operation, **params)
            into = into + page["Items"]
            params["NextToken"] = page.get("NextToken")
            if params["NextToken"] is None:
                return into


class ListObjectsPaginator(Paginator):
    def collect(self, bucket, **kwargs):
        return super().collect("ListObjects", Bucket=bucket, **kwargs)


def scenario():
    n = next(_ids)
    return len(ListObjectsPaginator(FakeStorageApi()).collect(f"logs-{n}"))
