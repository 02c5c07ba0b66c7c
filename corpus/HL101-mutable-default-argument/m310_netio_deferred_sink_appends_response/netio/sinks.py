"""Response sinks used as Deferred callbacks."""


def check_status(response):
    if response["status"] >= 400:
        raise RuntimeError(f"{response['url']}: HTTP {response['status']}")
    return response


def collect(response, bucket):
    bucket.append(response)
    return len(bucket)
