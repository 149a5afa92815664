"""Transforms a SAM template with the AWS SAM translator, as CloudFormation would on deploy.

Usage: python3 sam_translate.py template.yaml
Prints the transformed CloudFormation template as JSON; exits 2 with the translator's
messages on stderr when the template is invalid.
"""
import json
import sys

import yaml
from samtranslator.model.exceptions import InvalidDocumentException
from samtranslator.translator.transform import transform


class NoManagedPolicies:
    """The translator asks IAM for managed policy ARNs; tests run offline."""

    def load(self):
        return {}


def main(path):
    with open(path, encoding="utf-8") as f:
        template = yaml.safe_load(f)
    # What 'sam package' does first: local code paths become S3 locations.
    functions = [r.get("Properties", {}) for r in template.get("Resources", {}).values()
                 if r.get("Type") == "AWS::Serverless::Function"]
    functions.append(template.get("Globals", {}).get("Function", {}))
    for properties in functions:
        uri = properties.get("CodeUri")
        if isinstance(uri, str) and not uri.startswith("s3://"):
            properties["CodeUri"] = "s3://deployless-packages/" + uri.lstrip("./")
    try:
        output = transform(template, {}, NoManagedPolicies())
    except InvalidDocumentException as e:
        for cause in e.causes:
            print(cause.message, file=sys.stderr)
        return 2
    json.dump(output, sys.stdout, indent=1, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
