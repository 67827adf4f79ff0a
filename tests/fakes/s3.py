"""S3-compatible object storage on 127.0.0.1: moto's server in a thread of the test process.

Anonymous requests (no signature) are answered as S3 answers them, so a test can check that
a private object is refused to the public.
"""

import uuid

import boto3
from moto.server import ThreadedMotoServer

from tests.fakes.redis_server import free_port

REGION = "eu-west-1"
KEYS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}


class FakeS3:
    def __init__(self):
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)

    def start(self):
        self._server.start()
        return self

    def stop(self):
        self._server.stop()

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=REGION,
            aws_access_key_id=KEYS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=KEYS["AWS_SECRET_ACCESS_KEY"],
        )

    def new_bucket(self, prefix="vmca"):
        name = f"{prefix}-{uuid.uuid4().hex[:12]}"
        self.client().create_bucket(
            Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION}
        )
        return name

    def environment(self, bucket, **extra):
        """The environment variables a deployment would set for this storage."""
        return {
            "AWS_STORAGE_BUCKET_NAME": bucket,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_S3_REGION_NAME": REGION,
            "AWS_S3_ADDRESSING_STYLE": "path",
            **extra,
        }
