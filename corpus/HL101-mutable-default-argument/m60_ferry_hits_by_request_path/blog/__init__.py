import ferry as fw

app = fw.App()


@app.use
def powered_by(response):
    response["headers"]["X-Powered-By"] = "ferry"
    return response


from . import views  # noqa: E402,F401
