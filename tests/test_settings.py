import tomllib

import pytest
from click.testing import CliRunner

from framing.cli import main
from framing.errors import SettingsError
from framing.settings import Settings, commented_toml, load_settings, parse_settings, sections


def write(tmp_path, text):
    path = tmp_path / "framing.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings == Settings()
    assert settings.sentiment.neutral_band == 0.05


def test_framing_toml_in_working_directory_is_used(tmp_path, monkeypatch):
    write(tmp_path, "[sentiment]\nneutral_band = 0.2\n")
    monkeypatch.chdir(tmp_path)
    assert load_settings().sentiment.neutral_band == 0.2


@pytest.mark.parametrize("text, expected", [
    ("[sentiment]\nneutral_bandd = 0.1\n", "sentiment.neutral_bandd: unknown setting"),
    ("[sentimnet]\n", "sentimnet: unknown section"),
    ("[sentiment]\nneutral_band = 'wide'\n", "sentiment.neutral_band: Input should be a valid number"),
    ("[sentiment]\nneutral_band = 1.5\n", "sentiment.neutral_band: Input should be less than 1"),
    ("[report]\npage_size = 'B5'\n", "report.page_size:"),
    ("[report]\npalette = ['#000000']\n", "report.palette:"),
    ("[report]\npalette = [\"#000000\\n\"" + ", '#111111'" * 7 + "]\n",
     "report.palette: '#000000\\n' is not a #RRGGBB colour"),
    ("sentiment = 3\n", "sentiment: must be a [sentiment] table (got 3)"),
    ("[sentiment\n", "not valid TOML"),
])
def test_invalid_settings_name_file_and_key(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(SettingsError) as error:
        load_settings(path)
    message = str(error.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


def test_missing_settings_file(tmp_path):
    with pytest.raises(SettingsError, match="not found"):
        load_settings(tmp_path / "absent.toml")


def test_commented_toml_round_trips_to_the_defaults():
    text = commented_toml()
    assert Settings(**tomllib.loads(text)) == Settings()
    for name, model in sections().items():
        assert f"[{name}]" in text
        for key, field in model.model_fields.items():
            assert field.description, f"{name}.{key} has no description"
            assert f"\n{key} = " in text


def test_templates_dir_is_relative_to_the_settings_file(tmp_path):
    (tmp_path / "mine").mkdir()
    path = write(tmp_path, "[report]\ntemplates_dir = 'mine'\n")
    assert load_settings(path).report.templates_dir == str(tmp_path / "mine")


def test_digest_changes_with_any_setting():
    assert Settings().digest() != Settings(sentiment={"neutral_band": 0.1}).digest()
    assert Settings().digest() == Settings().digest()


ODD = "quote \" backslash \\ tab \t newline \n delete \x7f next-line \x85 separator \u2028 é"


def test_the_toml_written_for_any_setting_parses_back_to_the_same_settings():
    settings = parse_settings({"report": {"title": ODD},
                               "loaded_language": {"exclude": [ODD.lower()]},
                               "attribution": {"extra_verbs": [ODD]}}, source="odd.toml")
    again = parse_settings(tomllib.loads(commented_toml(settings)), source="odd.toml")
    assert again.effective() == settings.effective()


def test_config_show_prints_toml_that_parses_even_from_an_odd_folder(tmp_path):
    folder = tmp_path / "odd\nfolder"
    folder.mkdir()
    (folder / "framing.toml").write_text('[report]\ntitle = "a\\u007Fb"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["config", "show", "-c", str(folder / "framing.toml")])
    assert result.exit_code == 0, result.output
    assert tomllib.loads(result.stdout)["report"]["title"] == "a\x7fb"


def test_user_categories_round_trip_through_config_show():
    settings = parse_settings({"loaded_language": {"user_categories": [
        {"name": "economic", "colour": "#2e7d32", "description": "money \"and\" jobs", "weight": 2}]}},
        source="frames.toml")
    again = parse_settings(tomllib.loads(commented_toml(settings)), source="again.toml")
    assert again.loaded_language.user_categories == settings.loaded_language.user_categories
