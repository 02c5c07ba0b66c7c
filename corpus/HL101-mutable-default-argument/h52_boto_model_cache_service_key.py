import itertools

_ids = itertools.count()
SERVICE_MODEL = {
    "ListObjectsV2": {"input_token": "ContinuationToken", "output_token": "NextContinuationToken", "result_key": "Contents"},
    "ListBuckets": {"input_token": None, "output_token": None, "result_key": "Buckets"},
}


class Client:
    def __init__(self, service_name, endpoint_url):
        self._service_name = service_name
        self._endpoint_url = endpoint_url

    def _operation_model(self, name, _models={}):  # expect: HL101 refuted
        key = (self._service_name, name)
        model = _models.get(key)
        if model is None:
            model = _models[key] = dict(SERVICE_MODEL[name], name=name)
        return model

    def _make_api_call(self, name, params):
        start = int(params.get("ContinuationToken") or 0)
        items = [f"{params.get('Bucket', '')}/key-{i}" for i in range(start, start + 2)]
        return {"Contents": items, "NextContinuationToken": str(start + 2) if start < 4 else None}

    def paginate(self, name, **params):
        model = self._operation_model(name)
        while True:
            page = self._make_api_call(name, params)
            yield from page.get(model["result_key"], [])
            token = model["output_token"] and page.get(model["output_token"])
            if not token:
                return
            params[model["input_token"]] = token


def scenario():
    bucket = f"logs-{next(_ids)}"
    client = Client("s3", f"https://{bucket}.s3.amazonaws.com")
    keys = [k for k in client.paginate("ListObjectsV2", Bucket=bucket) if not k.endswith("-3")]
    return len(keys)
