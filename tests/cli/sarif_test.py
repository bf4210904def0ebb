"""Validates `rightslint check --format sarif` against the official SARIF 2.1.0 schema,
tests/cli/schemas/sarif-schema-2.1.0.json (a copy of the OASIS errata01 schema), with Debian's
python3-jsonschema. The schema declares JSON Schema draft-04, so the validator is picked from its
"$schema" rather than assumed. Beyond the schema it checks what code scanning relies on: ruleIndex
points at the rule named by ruleId, regions agree with the JSON output and the file's bytes,
fingerprints survive a line inserted above, fixes exist for terminology findings only, and a file
that could not be read is a tool execution notification.
"""

import json
import shutil
import tempfile
import unittest
import urllib.parse
from pathlib import Path

import jsonschema

import cli_support

BINARY = cli_support.take_binary_from_argv()
run = cli_support.make_runner(BINARY)

SCHEMA = json.loads((cli_support.TESTS_DIR / "schemas" / "sarif-schema-2.1.0.json").read_text())
VALIDATOR_CLASS = jsonschema.validators.validator_for(SCHEMA)
VALIDATOR = VALIDATOR_CLASS(SCHEMA, format_checker=jsonschema.FormatChecker())

# A small fixed set: the demo articles (terminology, one file per language) and laws with clause
# findings in Russian and Ukrainian, one of them without findings.
INPUTS = [
    "corpora/demo",
    "corpora/laws/ru-cc-228.ru.txt",
    "corpora/laws/ru-3fz-54.ru.txt",
    "corpora/laws/by-law-2007-ltp.ru.txt",
    "corpora/laws/ua-cc-309.uk.txt",
    "corpora/laws/ua-cc-307.uk.txt",
]

LEVELS = {"info": "note", "warning": "warning", "error": "error"}
FINGERPRINT = "rightslint/v1"


def path_of(result_or_location):
    """The path a physicalLocation's artifactLocation names (decoded from its URI)."""
    uri = result_or_location["physicalLocation"]["artifactLocation"]["uri"]
    if uri.startswith("file://"):
        uri = uri[len("file://"):]
    return urllib.parse.unquote(uri)


class SarifTest(unittest.TestCase):
    def sarif(self, *args, cwd=cli_support.SOURCE_DIR, codes=(0, 1)):
        result = run("check", "--format", "sarif", *args, cwd=cwd)
        self.assertIn(result.code, codes, result)
        try:
            log = json.loads(result.out)
        except json.JSONDecodeError as error:
            self.fail(f"not JSON: {error}\n{result}")
        errors = sorted(VALIDATOR.iter_errors(log), key=lambda e: list(e.path))
        self.assertEqual(
            [f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors], [], result)
        self.assertEqual(log["version"], "2.1.0")
        self.assertEqual(len(log["runs"]), 1)
        return log["runs"][0]

    def test_schema_is_the_draft_it_declares(self):
        self.assertEqual(SCHEMA["$schema"], "http://json-schema.org/draft-04/schema#")
        self.assertIs(VALIDATOR_CLASS, jsonschema.Draft4Validator)
        VALIDATOR_CLASS.check_schema(SCHEMA)

    def test_demo_and_laws(self):
        sarif_run = self.sarif(*INPUTS)
        document = json.loads(run("check", "--format", "json", *INPUTS).out)

        driver = sarif_run["tool"]["driver"]
        self.assertEqual(driver["name"], "rightslint")
        self.assertEqual(driver["version"], document["tool"]["version"])
        self.assertEqual(sarif_run["columnKind"], "unicodeCodePoints")
        self.assertEqual(sarif_run["invocations"][0]["executionSuccessful"], True)
        rules = driver["rules"]
        ids = [rule["id"] for rule in rules]
        self.assertEqual(len(ids), len(set(ids)), "rule ids are unique")
        # Every loaded rule is described, not only those that fired.
        listed = json.loads(run("rules", "--format", "json").out)["rules"]
        self.assertEqual(sorted(ids), sorted(rule["id"] for rule in listed))
        for rule in rules:
            self.assertTrue(rule["shortDescription"]["text"], rule["id"])
            self.assertNotIn("{term}", rule["shortDescription"]["text"])
            self.assertTrue(rule["help"]["text"] and rule["help"]["markdown"], rule["id"])
            self.assertIn(rule["defaultConfiguration"]["level"], LEVELS.values())
            self.assertIn(rule["properties"]["category"], rule["properties"]["tags"])

        # The same findings as the JSON contract, in the same order.
        expected = [(file["path"], finding) for file in document["files"]
                    for finding in file["findings"]]
        results = sarif_run["results"]
        self.assertEqual(len(results), len(expected))
        self.assertTrue(any(r["ruleId"].startswith("stigma.") for r in results))
        self.assertTrue(any(not r["ruleId"].startswith("stigma.") for r in results),
                        "the laws give clause findings")
        fingerprints = set()
        for result, (path, finding) in zip(results, expected):
            self.assertEqual(result["ruleId"], finding["rule"])
            self.assertEqual(rules[result["ruleIndex"]]["id"], result["ruleId"], result)
            self.assertEqual(result["level"], LEVELS[finding["severity"]])
            self.assertTrue(result["message"]["text"].startswith(finding["message"]))
            location = result["locations"][0]
            self.assertEqual(path_of(location), path)
            region = location["physicalLocation"]["region"]
            start, end = finding["start"], finding["end"]
            self.assertEqual((region["startLine"], region["startColumn"]),
                             (start["line"], start["column"]))
            self.assertEqual((region["endLine"], region["endColumn"]), (end["line"], end["column"]))
            self.assertEqual(region["byteOffset"], start["offset"])
            self.assertEqual(region["byteLength"], end["offset"] - start["offset"])
            self.assertEqual(region["snippet"]["text"], finding["text"])
            data = (cli_support.SOURCE_DIR / path).read_bytes()
            span = data[region["byteOffset"]:region["byteOffset"] + region["byteLength"]]
            self.assertEqual(span.decode("utf-8"), finding["text"])

            properties = result["properties"]
            self.assertEqual(properties["category"], finding["category"])
            self.assertEqual(properties["quoted"], finding["quoted"])
            self.assertEqual(properties.get("structure"), finding["structure"])
            self.assertEqual(properties.get("guideline"), finding["guideline"])
            self.assertEqual(properties.get("recommendation"), finding["recommendation"])

            fingerprint = result["partialFingerprints"][FINGERPRINT]
            self.assertNotIn(fingerprint, fingerprints, "two results share a fingerprint")
            fingerprints.add(fingerprint)

            # Fixes: exactly the JSON output's safe fix (terminology only, never quoted), if any.
            if "fix" not in finding:
                self.assertNotIn("fixes", result, result)
                continue
            self.assertTrue(finding["rule"].startswith("stigma.") and not finding["quoted"])
            self.assertEqual(len(result["fixes"]), 1, result)
            change = result["fixes"][0]["artifactChanges"][0]
            self.assertEqual(change["artifactLocation"],
                             location["physicalLocation"]["artifactLocation"])
            replacement = change["replacements"][0]
            deleted = replacement["deletedRegion"]
            self.assertEqual(deleted["byteOffset"], finding["fix"]["start"])
            self.assertEqual(deleted["byteLength"], finding["fix"]["end"] - finding["fix"]["start"])
            self.assertEqual(replacement["insertedContent"]["text"], finding["fix"]["replacement"])
        self.assertTrue(any("fixes" in r for r in results), "the demo has fixable findings")

    def test_fingerprints_survive_a_line_inserted_above(self):
        with tempfile.TemporaryDirectory(prefix="rightslint-sarif-") as tmp:
            tmp = Path(tmp)
            names = ["article-ru.txt", "article-uk.txt", "article-en.md", "ru-3fz-54.ru.txt"]
            for name in names[:3]:
                shutil.copy(cli_support.SOURCE_DIR / "corpora" / "demo" / name, tmp / name)
            shutil.copy(cli_support.SOURCE_DIR / "corpora" / "laws" / names[3], tmp / names[3])

            def fingerprints():
                results = self.sarif(*names, cwd=tmp)["results"]
                return {r["partialFingerprints"][FINGERPRINT]:
                        (r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"])
                        for r in results}

            before = fingerprints()
            self.assertTrue(before)
            for name in names:
                (tmp / name).write_bytes(b"\n" + (tmp / name).read_bytes())
            after = fingerprints()
            self.assertEqual(set(after), set(before))
            for fingerprint, (rule, line) in before.items():
                self.assertEqual(after[fingerprint], (rule, line + 1), fingerprint)

    def test_file_that_could_not_be_read_is_a_notification(self):
        with tempfile.TemporaryDirectory(prefix="rightslint-sarif-") as tmp:
            tmp = Path(tmp)
            (tmp / "good.txt").write_text("Police arrested two addicts.\n", encoding="utf-8")
            (tmp / "binary.txt").write_bytes(b"\x00\x01\x02")
            sarif_run = self.sarif("good.txt", "binary.txt", "missing.txt", cwd=tmp, codes=(2,))
            invocation = sarif_run["invocations"][0]
            self.assertIs(invocation["executionSuccessful"], False)
            notifications = invocation["toolExecutionNotifications"]
            self.assertEqual([path_of(n["locations"][0]) for n in notifications],
                             ["binary.txt", "missing.txt"])
            for notification in notifications:
                self.assertEqual(notification["level"], "error")
                self.assertTrue(notification["message"]["text"])
            self.assertEqual([r["ruleId"] for r in sarif_run["results"]], ["stigma.addict"])

    def test_paths_are_percent_encoded_uris(self):
        with tempfile.TemporaryDirectory(prefix="rightslint-sarif-") as tmp:
            tmp = Path(tmp)
            name = "нова стаття #1 100%.txt"
            (tmp / name).write_text("Поліція затримала двох наркоманів.\n", encoding="utf-8")
            result = self.sarif(name, cwd=tmp)["results"][0]
            artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
            self.assertNotIn(" ", artifact["uri"])
            self.assertNotIn("#", artifact["uri"])
            self.assertTrue(artifact["uri"].isascii())
            self.assertEqual(urllib.parse.unquote(artifact["uri"]), name)
            self.assertEqual(artifact["uriBaseId"], "%SRCROOT%")

    def test_no_findings(self):
        sarif_run = self.sarif("-", "--stdin-filename", "note.txt")
        self.assertEqual(sarif_run["results"], [])
        self.assertTrue(sarif_run["tool"]["driver"]["rules"])


if __name__ == "__main__":
    unittest.main()
