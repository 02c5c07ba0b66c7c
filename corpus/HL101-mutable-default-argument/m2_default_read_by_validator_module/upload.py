"""Upload endpoint: hands its default list of content types to validation.check_content_type."""
import validation

MAX_UPLOAD = 1 << 20


def accept_upload(headers, body, allowed=["application/json", "text/csv"]):  # expect: HL101 refuted
    ctype = validation.check_content_type(headers, allowed)
    size = validation.check_size(body, MAX_UPLOAD)
    return {"content_type": ctype, "size": size, "upload_id": headers.get("X-Upload-Id")}
