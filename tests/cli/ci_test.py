"""End-to-end tests of `rightslint check` in CI: --write-baseline / --baseline, --diff-base REV
against temporary git repositories, and the CI recipes (.pre-commit-hooks.yaml,
docs/ci/github-actions.yml).

git must be installed; every repository is created in a temporary directory with its own
configuration (no user or system git configuration is read), and nothing uses the network.
"""

import json
import os
import re
import resource
import shutil
import signal
import subprocess
import tempfile
import unittest
from pathlib import Path

import cli_support

BINARY = cli_support.take_binary_from_argv()
run = cli_support.make_runner(BINARY)

DRAFT = "Police arrested two addicts.\nThe junkie was fined.\n"
CLEAN_LINE = "People who use drugs have the right to health.\n"


write = cli_support.write


def findings_of(result):
    document = json.loads(result.out)
    return [(file["path"], f) for file in document["files"] for f in file["findings"]]


def texts_of(result):
    return sorted(f["text"] for _, f in findings_of(result))


class TempDirTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="rightslint-ci-")
        self.dir = Path(self._tmp.name).resolve()
        self.addCleanup(self._tmp.cleanup)

    def check(self, *args, cwd=None, env=None):
        return run("check", *args, cwd=cwd or self.dir, env=env)


class BaselineTest(TempDirTest):
    def write_baseline(self, *paths, name="base.json"):
        result = self.check("--write-baseline", name, *paths)
        self.assertEqual(result.code, 0, result)
        return json.loads((self.dir / name).read_text(encoding="utf-8"))

    def test_written_baseline_lists_every_finding(self):
        write(self.dir, "draft.txt", DRAFT)
        write(self.dir, "b/other.md", "An addict.\n")
        result = self.check("--write-baseline", "base.json", "draft.txt", "b")
        self.assertEqual(result.code, 0, "findings do not fail a --write-baseline run")
        self.assertIn("wrote 3 findings to base.json", result.err)
        self.assertIn("addicts", result.out, "the report is still printed")
        baseline = json.loads((self.dir / "base.json").read_text(encoding="utf-8"))
        self.assertEqual(baseline["version"], 1)
        self.assertEqual(baseline["tool"], "rightslint")
        paths = [f["path"] for f in baseline["findings"]]
        self.assertEqual(paths, sorted(paths), "sorted by path")
        self.assertEqual(paths, ["b/other.md", "draft.txt", "draft.txt"])
        for finding in baseline["findings"]:
            self.assertEqual(set(finding), {"path", "rule", "fingerprint", "text", "line"})
        self.assertEqual([f["line"] for f in baseline["findings"][1:]], [1, 2])
        self.assertEqual(len((self.dir / "base.json").read_text().splitlines()), 5,
                         "one finding per line")

    def test_recheck_with_the_baseline_hides_everything(self):
        write(self.dir, "draft.txt", DRAFT)
        self.write_baseline("draft.txt")
        result = self.check("--baseline", "base.json", "draft.txt")
        self.assertEqual(result.code, 0, result)
        self.assertIn("no findings", result.out)
        self.assertIn("2 findings hidden: listed in the baseline base.json", result.out)
        quiet = self.check("--baseline", "base.json", "--quiet", "draft.txt")
        self.assertEqual((quiet.code, quiet.out), (0, ""), quiet)
        as_json = self.check("--baseline", "base.json", "--format", "json", "draft.txt")
        self.assertEqual(findings_of(as_json), [])
        self.assertIn("rightslint: 2 findings hidden", as_json.err, "stderr for other formats")

    def test_only_a_new_finding_is_reported(self):
        draft = write(self.dir, "draft.txt", DRAFT)
        self.write_baseline("draft.txt")
        draft.write_text(DRAFT + "A crackhead was seen.\n", encoding="utf-8")
        result = self.check("--baseline", "base.json", "--format", "json", "draft.txt")
        self.assertEqual(result.code, 1, result)
        self.assertEqual(texts_of(result), ["crackhead"])

    def test_lines_inserted_above_and_edits_elsewhere_keep_findings_hidden(self):
        draft = write(self.dir, "draft.txt", DRAFT)
        self.write_baseline("draft.txt")
        draft.write_text(CLEAN_LINE * 5 + "\n" + DRAFT.replace("Police", "The police") +
                         "\n" + CLEAN_LINE, encoding="utf-8")
        result = self.check("--baseline", "base.json", "draft.txt")
        self.assertEqual(result.code, 0, result)
        self.assertIn("2 findings hidden", result.out)

    def test_a_repeated_term_is_counted(self):
        draft = write(self.dir, "draft.txt", "Two addicts.\nMore addicts.\n")
        self.write_baseline("draft.txt")
        draft.write_text("Two addicts.\nMore addicts.\nEven more addicts.\n", encoding="utf-8")
        result = self.check("--baseline", "base.json", "--format", "json", "draft.txt")
        self.assertEqual(result.code, 1, result)
        findings = findings_of(result)
        self.assertEqual(len(findings), 1, result)
        self.assertEqual(findings[0][1]["start"]["line"], 3)
        # One of the two removed: what is left is still in the baseline.
        draft.write_text("More addicts.\n", encoding="utf-8")
        self.assertEqual(self.check("--baseline", "base.json", "draft.txt").code, 0)

    def test_fingerprints_are_the_sarif_fingerprints(self):
        write(self.dir, "draft.txt", DRAFT + "Addicts and addicts.\n")
        baseline = self.write_baseline("./draft.txt")
        sarif = json.loads(self.check("--format", "sarif", "draft.txt").out)
        from_sarif = [r["partialFingerprints"]["rightslint/v1"] for r in sarif["runs"][0]["results"]]
        self.assertEqual([f["fingerprint"] for f in baseline["findings"]], from_sarif)
        self.assertEqual(len(set(from_sarif)), 4, "repeated terms are told apart")

    def test_sarif_after_a_baseline_keeps_the_full_runs_fingerprints(self):
        write(self.dir, "draft.txt", "The junkie was fined.\n")
        self.write_baseline("draft.txt")
        write(self.dir, "draft.txt", "The junkie was fined.\nAnother junkie was fined.\n")
        full = json.loads(self.check("--format", "sarif", "draft.txt").out)
        names = [r["partialFingerprints"]["rightslint/v1"] for r in full["runs"][0]["results"]]
        self.assertEqual([n[-2:] for n in names], [":1", ":2"])
        filtered = json.loads(
            self.check("--format", "sarif", "--baseline", "base.json", "draft.txt").out)
        results = filtered["runs"][0]["results"]
        self.assertEqual([r["partialFingerprints"]["rightslint/v1"] for r in results], names[1:],
                         "the new finding is named as in the full run, not renumbered")

    def test_output_does_not_depend_on_jobs(self):
        for i in range(6):
            write(self.dir, f"d/{i}.txt", DRAFT * (i + 1))
        one = self.write_baseline("d", name="one.json")
        many = self.check("--jobs", "4", "--write-baseline", "many.json", "d")
        self.assertEqual(many.code, 0, many)
        self.assertEqual((self.dir / "one.json").read_bytes(), (self.dir / "many.json").read_bytes())
        self.assertEqual(len(one["findings"]), 2 * 21)

    def test_write_baseline_with_an_unreadable_input_exits_2_and_writes_nothing(self):
        write(self.dir, "draft.txt", DRAFT)
        write(self.dir, "base.json", "old")
        result = self.check("--write-baseline", "base.json", "draft.txt", "missing.txt")
        self.assertEqual(result.code, 2, result)
        self.assertIn("base.json not written", result.err)
        self.assertEqual((self.dir / "base.json").read_text(), "old")

    def test_write_baseline_excludes_the_filters(self):
        write(self.dir, "draft.txt", DRAFT)
        for flag, value in (("--baseline", "b.json"), ("--diff-base", "HEAD")):
            result = self.check("--write-baseline", "x.json", flag, value, "draft.txt")
            self.assertEqual(result.code, 2, result)
            self.assertIn("excludes", result.err)
            self.assertFalse((self.dir / "x.json").exists())
        empty = self.check("--baseline", "", "draft.txt")
        self.assertEqual(empty.code, 2, empty)

    def assert_old_baseline_survives(self, result, baseline):
        self.assertEqual(result.code, 2, result)
        self.assertIn(str(baseline), result.err)
        self.assertEqual(baseline.read_text(), "old")
        self.assertEqual(sorted(p.name for p in baseline.parent.iterdir()),
                         sorted(["base.json", "draft.txt"]), "no temporary file left")

    def test_write_into_an_unwritable_directory_leaves_the_old_file(self):
        if os.geteuid() == 0:
            self.skipTest("root may write into read-only directories")
        write(self.dir, "draft.txt", DRAFT)
        baseline = write(self.dir, "base.json", "old")
        os.chmod(self.dir, 0o500)
        try:
            result = self.check("--write-baseline", str(baseline), "draft.txt")
        finally:
            os.chmod(self.dir, 0o700)
        self.assert_old_baseline_survives(result, baseline)
        self.assertIn("permission denied", result.err)

    def test_write_failing_half_way_leaves_the_old_file(self):
        write(self.dir, "draft.txt", DRAFT * 20)
        baseline = write(self.dir, "base.json", "old")

        def limit_file_size():  # binds root too; write(2) fails with EFBIG
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (64, resource.RLIM_INFINITY))

        environment = dict(os.environ, RIGHTSLINT_DATA=str(cli_support.SOURCE_DIR))
        completed = subprocess.run(
            [BINARY, "check", "--write-baseline", str(baseline), "draft.txt"],
            cwd=self.dir, env=environment, capture_output=True, timeout=120,
            preexec_fn=limit_file_size)
        result = cli_support.Result(completed)
        self.assert_old_baseline_survives(result, baseline)
        self.assertIn("file too large", result.err)

    def test_write_into_a_missing_directory_is_an_error(self):
        write(self.dir, "draft.txt", DRAFT)
        result = self.check("--write-baseline", "no/such/dir/base.json", "draft.txt")
        self.assertEqual(result.code, 2, result)
        self.assertIn("no/such/dir/base.json", result.err)


class MalformedBaselineTest(TempDirTest):
    GOOD_ENTRY = '{"path": "draft.txt", "rule": "stigma.addict", "fingerprint": "ab:1", ' \
                 '"text": "addicts", "line": 1}'

    def header(self, findings):
        return '{"version": 1, "tool": "rightslint", "findings": [' + findings + ']}'

    def cases(self):
        good = self.header(self.GOOD_ENTRY).encode()
        return {
            "not JSON": (b"fingerprints: yes\n", "parse error at line 1, column 2"),
            "empty": (b"", "empty"),
            "truncated": (good[: len(good) // 2], "parse error"),
            "binary": (b"\x00\x01\x02PK\x03\x04" + bytes(range(256)), "parse error"),
            "invalid UTF-8": (good.replace(b"addicts", b"addic\xffts"), "UTF-8"),
            "wrong version": (good.replace(b'"version": 1', b'"version": 7'),
                              "version 7 is not supported"),
            "wrong tool": (good.replace(b'"tool": "rightslint"', b'"tool": "alex"'), "`tool`"),
            "not an object": (b"[1, 2]", "expected an object"),
            "findings missing": (b'{"version": 1, "tool": "rightslint"}',
                                 "key `findings` is missing"),
            "findings not an array": (self.header("").replace("[]", '"all"').encode(),
                                      "`findings` must be an array"),
            "key missing": (self.header(self.GOOD_ENTRY.replace('"rule": "stigma.addict", ', ""))
                            .encode(), "findings[0]: key `rule` is missing"),
            "wrong type": (self.header(self.GOOD_ENTRY.replace('"line": 1', '"line": "one"'))
                           .encode(), "findings[0]: `line` must be a whole number"),
            "negative line": (self.header(self.GOOD_ENTRY.replace('"line": 1', '"line": -1'))
                              .encode(), "`line` must be a whole number"),
        }

    def test_each_malformed_baseline_exits_2_naming_the_file(self):
        write(self.dir, "draft.txt", DRAFT)
        for name, (content, expected) in self.cases().items():
            with self.subTest(name):
                baseline = write(self.dir, "bad baseline.json", content)
                result = self.check("--baseline", str(baseline), "draft.txt")
                self.assertEqual(result.code, 2, result)
                self.assertIn(f"{baseline}: ", result.err)
                self.assertIn(expected, result.err)
                self.assertEqual(result.out, "", "stops before anything is checked")
                self.assertEqual(len(result.err.splitlines()), 1, result)
                result.err_bytes.decode("utf-8")  # the message itself is valid UTF-8

    def test_missing_or_unreadable_baseline(self):
        write(self.dir, "draft.txt", DRAFT)
        missing = self.check("--baseline", "nothing.json", "draft.txt")
        self.assertEqual(missing.code, 2, missing)
        self.assertIn("nothing.json: no such file", missing.err)
        directory = self.check("--baseline", ".", "draft.txt")
        self.assertEqual(directory.code, 2, directory)
        self.assertIn("is a directory", directory.err)


class GitRepoTest(TempDirTest):
    """A fresh repository in self.repo with bill.txt committed on branch main."""

    BILL = "".join(f"Article {n}. {CLEAN_LINE}" for n in range(1, 11))

    def setUp(self):
        super().setUp()
        if shutil.which("git") is None:
            self.skipTest("git is not installed")
        self.repo = self.dir / "repo"
        self.repo.mkdir()
        home = self.dir / "home"
        home.mkdir()
        # No user, system or ambient repository configuration reaches the test.
        self.env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1",
                    "GIT_CEILING_DIRECTORIES": str(self.dir)}
        self.git("init", "-q", "-b", "main")
        write(self.repo, "bill.txt", self.BILL)
        self.git("add", "bill.txt")
        self.git("commit", "-q", "-m", "bill")

    def environment(self):
        environment = dict(os.environ)
        for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):  # set when run from a hook
            environment.pop(name, None)
        environment.update(self.env)
        return environment

    def git(self, *args):
        completed = subprocess.run(
            ["git", "-c", "user.name=rightslint tests", "-c", "user.email=tests@example.org",
             "-c", "commit.gpgsign=false", "-C", str(self.repo), *args],
            capture_output=True, env=self.environment(), timeout=60)
        self.assertEqual(completed.returncode, 0, completed.stderr.decode(errors="replace"))
        return completed.stdout.decode()

    def check_in_repo(self, *args, cwd=None):
        environment = self.environment()
        environment.pop("GIT_CEILING_DIRECTORIES")  # as users run it
        return run("check", *args, cwd=cwd or self.repo, env=environment)

    def edit_line(self, path, number, text):
        lines = (self.repo / path).read_text(encoding="utf-8").splitlines(keepends=True)
        lines[number - 1] = text
        (self.repo / path).write_text("".join(lines), encoding="utf-8")


class DiffBaseTest(GitRepoTest):
    def test_only_the_changed_line_is_reported(self):
        self.edit_line("bill.txt", 2, "Article 2. Old text kept: the addicts.\n")
        self.git("commit", "-q", "-am", "old finding")
        self.edit_line("bill.txt", 7, "Article 7. A junkie shall be fined.\n")
        result = self.check_in_repo("--diff-base", "HEAD", "--format", "json", "bill.txt")
        self.assertEqual(result.code, 1, result)
        findings = findings_of(result)
        self.assertEqual([(f["text"], f["start"]["line"]) for _, f in findings], [("junkie", 7)])
        self.assertIn("1 finding hidden: not on lines changed since HEAD", result.err)
        everything = self.check_in_repo("--diff-base", "HEAD~1", "--format", "json", "bill.txt")
        self.assertEqual(texts_of(everything), ["addicts", "junkie"])

    def test_committed_and_uncommitted_changes_since_a_branch(self):
        self.git("checkout", "-q", "-b", "feature")
        self.edit_line("bill.txt", 3, "Article 3. Addicts lose benefits.\n")
        self.git("commit", "-q", "-am", "committed")
        self.edit_line("bill.txt", 9, "Article 9. The junkie pays.\n")
        result = self.check_in_repo("--diff-base", "main", "--format", "json", "bill.txt")
        self.assertEqual(texts_of(result), ["Addicts", "junkie"])

    def test_unchanged_file_reports_nothing(self):
        write(self.repo, "old.txt", DRAFT)
        self.git("add", "old.txt")
        self.git("commit", "-q", "-m", "old")
        result = self.check_in_repo("--diff-base", "HEAD", "old.txt", "bill.txt")
        self.assertEqual(result.code, 0, result)
        self.assertIn("2 findings hidden: not on lines changed since HEAD", result.out)

    def test_untracked_and_newly_added_files_count_as_all_changed(self):
        write(self.repo, "new/untracked.md", DRAFT)
        write(self.repo, "staged.txt", "Addicts.\n")
        self.git("add", "staged.txt")
        result = self.check_in_repo("--diff-base", "HEAD", "--format", "json", ".")
        self.assertEqual(result.code, 1, result)
        self.assertEqual(sorted(path for path, _ in findings_of(result)),
                         ["./new/untracked.md", "./new/untracked.md", "./staged.txt"])

    def test_paths_from_a_subdirectory_and_odd_file_names(self):
        name = "проект закона\t№1.txt"
        write(self.repo, f"sub/{name}", CLEAN_LINE * 3)
        self.git("add", ".")
        self.git("commit", "-q", "-m", "odd name")
        self.edit_line(f"sub/{name}", 2, "The addicts.\n")
        self.edit_line("bill.txt", 1, "Article 1. The junkie.\n")
        result = self.check_in_repo("--diff-base", "HEAD", "--format", "json", name, "../bill.txt",
                                    cwd=self.repo / "sub")
        self.assertEqual(sorted((p, f["text"]) for p, f in findings_of(result)),
                         [("../bill.txt", "junkie"), (name, "addicts")])

    def test_combined_with_a_baseline(self):
        self.edit_line("bill.txt", 4, "Article 4. The addicts.\n")
        written = self.check_in_repo("--write-baseline", "base.json", "bill.txt")
        self.assertEqual(written.code, 0, written)
        self.edit_line("bill.txt", 5, "Article 5. The junkie.\n")
        result = self.check_in_repo("--diff-base", "HEAD", "--baseline", "base.json",
                                    "--format", "json", "bill.txt")
        self.assertEqual(texts_of(result), ["junkie"])
        self.assertIn("1 finding hidden: listed in the baseline base.json", result.err)

    def test_standard_input_is_all_changed(self):
        result = run("check", "--diff-base", "HEAD", "-", stdin=b"The addicts.\n",
                     cwd=self.repo, env=self.environment())
        self.assertEqual(result.code, 1, result)

    def test_bad_revision_exits_2(self):
        for revision in ("no-such-branch", "--output=/tmp/x"):
            with self.subTest(revision):
                result = self.check_in_repo(f"--diff-base={revision}", "bill.txt")
                self.assertEqual(result.code, 2, result)
                self.assertIn(revision, result.err)
                self.assertIn("git", result.err)
                self.assertEqual(result.out, "", "stops before anything is checked")

    def test_outside_a_repository_exits_2(self):
        outside = write(self.dir, "outside/draft.txt", DRAFT)
        result = run("check", "--diff-base", "HEAD", str(outside), cwd=self.dir,
                     env=self.environment())
        self.assertEqual(result.code, 2, result)
        self.assertIn(f"{outside} is not in a git working tree", result.err)

    def test_git_missing_exits_2(self):
        environment = self.environment()
        environment["PATH"] = str(self.dir / "empty-path")
        result = run("check", "--diff-base", "HEAD", "bill.txt", cwd=self.repo, env=environment)
        self.assertEqual(result.code, 2, result)
        self.assertIn("git was not found", result.err)

    def test_changed_binary_document_keeps_its_findings(self):
        fixture = cli_support.SOURCE_DIR / "tests" / "fixtures" / "documents" / "bill.docx"
        shutil.copy(fixture, self.repo / "bill.docx")
        probe = self.check_in_repo("--format", "json", "bill.docx")
        if probe.code == 2 or not findings_of(probe):
            self.skipTest("no DOCX extractor in this build")
        self.git("add", "bill.docx")
        self.git("commit", "-q", "-m", "docx")
        unchanged = self.check_in_repo("--diff-base", "HEAD", "--format", "json", "bill.docx")
        self.assertEqual(findings_of(unchanged), [])
        with open(self.repo / "bill.docx", "ab") as docx:
            docx.write(b"\0")  # still a readable ZIP: trailing bytes after the directory
        changed = self.check_in_repo("--diff-base", "HEAD", "--format", "json", "bill.docx")
        self.assertEqual(len(findings_of(changed)), len(findings_of(probe)))


class RecipesTest(unittest.TestCase):
    """The CI recipes parse and use only options `rightslint check` has."""

    def load_yaml(self, path):
        try:
            import yaml
        except ImportError:
            self.skipTest("python3-yaml is not installed")
        with open(path, encoding="utf-8") as file:
            return yaml.safe_load(file)

    def check_options(self):
        help_text = run("check", "--help").out
        return set(re.findall(r"(--[a-z][a-z-]+)", help_text))

    def test_pre_commit_hooks(self):
        hooks = self.load_yaml(cli_support.SOURCE_DIR / ".pre-commit-hooks.yaml")
        self.assertIsInstance(hooks, list)
        by_id = {hook["id"]: hook for hook in hooks}
        self.assertIn("rightslint", by_id)
        hook = by_id["rightslint"]
        self.assertEqual(hook["entry"], "rightslint check")
        self.assertEqual(hook["language"], "system")
        # Tags that pre-commit's `identify` gives .md, .txt and .html files.
        self.assertEqual(set(hook["types_or"]), {"markdown", "plain-text", "html"})
        for hook in hooks:
            for key in ("id", "name", "entry", "language"):
                self.assertIn(key, hook)
            if "files" in hook:
                re.compile(hook["files"])
                for name in ("bill.docx", "a/b.ODT", "x.pdf"):
                    self.assertTrue(re.search(hook["files"], name), name)

    def test_pre_commit_config_example(self):
        config = self.load_yaml(cli_support.SOURCE_DIR / "docs" / "ci" / "pre-commit-config.yaml")
        hooks = self.load_yaml(cli_support.SOURCE_DIR / ".pre-commit-hooks.yaml")
        defined = {hook["id"] for hook in hooks}
        used = {hook["id"] for repo in config["repos"] for hook in repo["hooks"]}
        self.assertEqual(used, defined)

    def test_github_workflow(self):
        path = cli_support.SOURCE_DIR / "docs" / "ci" / "github-actions.yml"
        workflow = self.load_yaml(path)
        jobs = workflow["jobs"]
        steps = [step for job in jobs.values() for step in job["steps"]]
        uses = [step.get("uses", "") for step in steps]
        self.assertIn("github/codeql-action/upload-sarif@v3", uses)
        self.assertTrue(any(job.get("permissions", {}).get("security-events") == "write"
                            for job in jobs.values()))
        known = self.check_options()
        commands = [step["run"] for step in steps if "rightslint check" in step.get("run", "")]
        self.assertGreaterEqual(len(commands), 2)
        for command in commands:
            for option in re.findall(r"(--[a-z][a-z-]+)", command.split("rightslint check", 1)[1]):
                self.assertIn(option, known, command)
        self.assertTrue(any("--diff-base" in c and "--format github" in c for c in commands))


if __name__ == "__main__":
    unittest.main(verbosity=2)
