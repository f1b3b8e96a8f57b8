"""`steady lsp` driven by pytest-lsp, a client nobody on the team wrote, with the capabilities
real editors send (Neovim 0.7: push diagnostics only, UTF-16; VS Code 1.65: dynamic
registration; Neovim 0.11: offers UTF-8 first). Run by Scripts/test; STEADY_BINARY names the
binary (default: the debug build)."""

import asyncio
import os
import pathlib
import shutil
import tempfile
import time

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
STEADY = os.environ.get("STEADY_BINARY", str(ROOT / ".build" / "debug" / "steady"))
PROFILES = ["neovim@v0.7.0", "visual-studio-code@v1.65.2", "neovim@v0.11.0"]

TWO_ASKS = "# 2026-11-05\n\n## 09:00\nreassurance: asked if we are okay\n\n## 12:00\nreassurance: asked again at lunch\n"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[STEADY, "lsp"]), params=PROFILES)
async def client(request, lsp_client: LanguageClient):
    # A journal folder: a day file with two asks already on disk, and a budget of two a day.
    folder = pathlib.Path(tempfile.mkdtemp(prefix="steady-lsp-"))
    (folder / "2026-11-05.md").write_text(TWO_ASKS)
    (folder / ".steady.yml").write_text("reassurance:\n  max-per-day: 2\n")
    lsp_client.journal_folder = folder
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        lsp_client.registrations.extend(params.registrations)
        return None

    result = await lsp_client.initialize_session(types.InitializeParams(
        capabilities=client_capabilities(request.param), root_uri=folder.as_uri()))
    lsp_client.encoding = result.capabilities.position_encoding or types.PositionEncodingKind.Utf16
    yield
    await lsp_client.shutdown_session()
    assert lsp_client._server.returncode == 0, "steady lsp must exit 0 after shutdown and exit"
    shutil.rmtree(folder)


def units(client, text):
    """The length of `text` in the negotiated position encoding."""
    if client.encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8"))
    if client.encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    return len(text.encode("utf-16-le")) // 2


async def diagnostics(client, uri, predicate, timeout=10.0):
    """Waits until the diagnostics published for `uri` satisfy `predicate`; returns them and the
    time waited, in milliseconds, from the client's side."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        found = client.diagnostics.get(uri)
        if found is not None and predicate(found):
            return found, (time.perf_counter() - start) * 1000
        await asyncio.sleep(0.0005)
    raise AssertionError(f"no matching diagnostics for {uri} in {timeout} s; last: {client.diagnostics.get(uri)}")


def open_document(client, uri, text, version=1):
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=version, text=text)))


def change(client, uri, version, start, end, text):
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(*start), end=types.Position(*end)), text=text)]))


@pytest.mark.asyncio
async def test_the_issue_scenario(client: LanguageClient):
    folder = client.journal_folder
    uri = (folder / "2026-11-06.md").as_uri()  # unsaved: not on disk
    thought_line = "😀 He is going to leave me."
    text = f"# 2026-11-06\n\n## 21:40\n{thought_line}\n"
    open_document(client, uri, text)
    found, waited = await diagnostics(client, uri, lambda d: len(d) > 0)
    print(f"\n[{client.encoding}] first diagnostics after open: {waited:.1f} ms")
    assert [d.code for d in found] == ["unsupported-catastrophizing"]
    thought = found[0]
    prefix = "😀 "
    sentence = "He is going to leave me"
    assert thought.range.start == types.Position(3, units(client, prefix))
    assert thought.range.end == types.Position(3, units(client, prefix + sentence))

    # A quick fix inserts the evidence scaffold, as a plain edit.
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=thought.range,
        context=types.CodeActionContext(diagnostics=[thought])))
    edits = [edit for action in actions if action.edit for edit in action.edit.changes[uri]]
    assert any("evidence:" in edit.new_text for edit in edits), [a.title for a in actions]
    assert all(action.command is None for action in actions), "quick fixes must not need editor commands"

    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(3, units(client, prefix) + 2)))
    assert "What evidence supports this thought?" in hover.contents.value

    # Evidence examined: the finding clears, and the diagnostics carry the new version.
    change(client, uri, 2, (4, 0), (4, 0), "\nevidence:\n- for: he was quiet at dinner\n- against: he said he loves me this morning\n")
    found, waited = await diagnostics(client, uri, lambda d: len(d) == 0)
    print(f"[{client.encoding}] finding cleared after an edit: {waited:.1f} ms")

    # Completion after `temp: `.
    change(client, uri, 3, (8, 0), (8, 0), "\ntemp: ")
    completion = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(9, 6)))
    assert {item.label for item in completion.items} == {"red", "yellow", "green"}

    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    assert [symbol.name for symbol in symbols] == ["2026-11-06"]
    assert [child.name for child in symbols[0].children] == ["21:40"]

    # A second, unsaved file for a day that already has two asks on disk: the third is flagged.
    evening = (folder / "2026-11-05-evening.md").as_uri()
    open_document(client, evening, "# 2026-11-05\n\n## 22:00\nreassurance: texted him to check we're fine\n")
    found, waited = await diagnostics(client, evening, lambda d: len(d) > 0)
    print(f"[{client.encoding}] cross-file excessive-reassurance: {waited:.1f} ms")
    assert [d.code for d in found] == ["excessive-reassurance"]
    assert found[0].range.start.line == 3

    # A client that registers dynamically (VS Code) is asked to watch the configuration and journal files.
    watched = client.capabilities.workspace and client.capabilities.workspace.did_change_watched_files
    if watched and watched.dynamic_registration:
        assert [r.method for r in client.registrations] == ["workspace/didChangeWatchedFiles"]
    else:
        assert client.registrations == []

    for closing in (uri, evening):
        client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=closing)))
    await diagnostics(client, uri, lambda d: len(d) == 0)
    await diagnostics(client, evening, lambda d: len(d) == 0)


@pytest.mark.asyncio
async def test_quick_fixes_for_field_typos(client: LanguageClient):
    uri = (client.journal_folder / "2026-11-07.md").as_uri()
    open_document(client, uri, "# 2026-11-07\n\ntemp: purpel\nevidnce:\n")
    found, _ = await diagnostics(client, uri, lambda d: len(d) == 2)
    by_code = {d.code: d for d in found}
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=by_code["invalid-field-value"].range,
        context=types.CodeActionContext(diagnostics=[by_code["invalid-field-value"]])))
    replacements = {edit.new_text for action in actions for edit in action.edit.changes[uri] if "steady-disable" not in edit.new_text}
    assert replacements == {"red", "yellow", "green"}
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=by_code["unknown-field"].range,
        context=types.CodeActionContext(diagnostics=[by_code["unknown-field"]])))
    texts = [edit.new_text for action in actions for edit in action.edit.changes[uri]]
    assert "evidence" in texts
    assert any(text.startswith("<!-- steady-disable-next-line unknown-field -- ") for text in texts)


@pytest.mark.asyncio
async def test_a_broken_configuration_is_one_diagnostic_on_its_file(client: LanguageClient):
    folder = client.journal_folder / "broken"
    folder.mkdir()
    config = folder / ".steady.yml"
    config.write_text("reassurance:\n  max-per-dy: 2\n")
    uri = (folder / "2026-11-08.md").as_uri()
    open_document(client, uri, "# 2026-11-08\n\nreassurance: asked once\n")
    found, _ = await diagnostics(client, config.as_uri(), lambda d: len(d) == 1)
    assert found[0].code == "configuration"
    assert "did you mean 'max-per-day'" in found[0].message
    assert found[0].range.start == types.Position(1, 2)
    config.write_text("reassurance:\n  max-per-day: 2\n")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]))
    await diagnostics(client, config.as_uri(), lambda d: len(d) == 0)


@pytest.mark.asyncio
async def test_an_unsaved_note_counts_for_the_other_open_notes_of_its_day(client: LanguageClient):
    folder = client.journal_folder
    # Neither file is on disk: both are new notes the writer has not saved yet.
    night = (folder / "2026-11-09.md").as_uri()
    open_document(client, night, "# 2026-11-09\n\n## 21:00\nreassurance: asked again tonight\n")
    found, _ = await diagnostics(client, night, lambda d: True)
    assert len(found) == 0
    morning = (folder / "2026-11-09-morning.md").as_uri()
    open_document(client, morning, "# 2026-11-09\n\n## 08:00\nreassurance: asked first thing\n\n## 09:00\nreassurance: asked Noor\n")
    # The night's ask is now the day's third (the budget is two): it is flagged, in the other file.
    found, _ = await diagnostics(client, night, lambda d: len(d) > 0)
    assert [d.code for d in found] == ["excessive-reassurance"]
    assert found[0].range.start.line == 3
    found, _ = await diagnostics(client, morning, lambda d: True)
    assert len(found) == 0


@pytest.mark.asyncio
async def test_findings_read_gently_and_never_as_errors_for_the_practice(client: LanguageClient):
    uri = (client.journal_folder / "2026-11-10.md").as_uri()
    open_document(client, uri, "# 2026-11-10\n\n## 01:10\ntemp: purpel\nHe is going to leave me.\n")
    found, _ = await diagnostics(client, uri, lambda d: len(d) == 2)
    by_code = {d.code: d for d in found}
    thought = by_code["unsupported-catastrophizing"]
    assert thought.severity == types.DiagnosticSeverity.Information
    assert thought.message.startswith("to look at: a worst-case thought"), thought.message
    assert 'your words: "is going to leave me"' in thought.message
    assert "warning" not in thought.message.lower()
    # The format's problem is named plainly.
    assert by_code["invalid-field-value"].severity == types.DiagnosticSeverity.Error


@pytest.mark.asyncio
async def test_every_mistake_of_a_configuration_is_a_diagnostic_at_once(client: LanguageClient):
    folder = client.journal_folder / "three-mistakes"
    folder.mkdir()
    config = folder / ".steady.yml"
    config.write_text("fail-on: warn\nreassurance:\n  max-per-dy: 2\nrules:\n  excesive-reassurance: off\n")
    uri = (folder / "2026-11-08.md").as_uri()
    open_document(client, uri, "# 2026-11-08\n\nreassurance: asked once\n")
    found, _ = await diagnostics(client, config.as_uri(), lambda d: len(d) > 0)
    assert [d.range.start.line for d in found] == [0, 2, 4]
    assert all(d.code == "configuration" for d in found)
    assert "did you mean 'warning'" in found[0].message
    assert "did you mean 'max-per-day'" in found[1].message
    assert "did you mean 'excessive-reassurance'" in found[2].message


@pytest.mark.asyncio
async def test_a_note_in_the_next_years_folder_is_linted_again_when_its_night_changes(client: LanguageClient):
    folder = client.journal_folder / "daily"
    # The 01:00 asks of New Year's Day count for 2026-12-31 (day-starts-at 04:00).
    new_year = (folder / "2027" / "2027-01-01.md").as_uri()
    open_document(client, new_year, "# 2027-01-01\n\n## 01:00\nreassurance: asked if we are okay\n\n## 02:00\nreassurance: asked again\n")
    found, _ = await diagnostics(client, new_year, lambda d: True)
    assert len(found) == 0
    # The evening before, unsaved, in the 2026 folder: its ask makes the New Year's second the
    # day's third (the budget is two), flagged in the note in the other folder.
    eve = (folder / "2026" / "2026-12-31.md").as_uri()
    open_document(client, eve, "# 2026-12-31\n\n## 22:00\nreassurance: asked Sam if it will be okay\n")
    found, _ = await diagnostics(client, new_year, lambda d: len(d) > 0)
    assert [d.code for d in found] == ["excessive-reassurance"]
    assert found[0].range.start.line == 6


@pytest.mark.asyncio
async def test_a_night_across_a_months_end_counts_with_the_month_folder_before(client: LanguageClient):
    # `{yyyy}/{mm}/{dd}.md`: the folders date the notes. November's last evening is on disk with
    # two asks; the 01:30 ask on 12-01 counts for 11-30 and is the day's third (the budget is two).
    folder = client.journal_folder / "daily"
    (folder / "2026" / "11").mkdir(parents=True)
    (folder / "2026" / "11" / "30.md").write_text("## 21:00\nreassurance: asked if we are okay\n\n## 23:00\nreassurance: asked again\n")
    night = (folder / "2026" / "12" / "01.md").as_uri()
    open_document(client, night, "## 01:30\nreassurance: texted him once more\n")
    found, _ = await diagnostics(client, night, lambda d: len(d) > 0)
    assert [d.code for d in found] == ["excessive-reassurance"]
    assert found[0].range.start.line == 1
