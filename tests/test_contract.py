"""Every analyzer has the same public face, and the places that list the
analyzers (the table, the settings sections, the analysis record) agree."""

import dataclasses
import inspect

import pytest

from framing.analyzers import ANALYZERS
from framing.analyzers.contract import Analyzer, Section
from framing.pipeline import ArticleAnalysis
from framing.settings import Settings, sections


def test_analyzers_settings_sections_and_analysis_fields_agree():
    names = list(ANALYZERS)
    assert [name for name in sections() if name in ANALYZERS] == names
    fields = [f.name for f in dataclasses.fields(ArticleAnalysis)]
    assert fields[:1 + len(names)] == ["article", *names]  # then what framing.story finds
    assert {"actors", "facts"} <= set(fields[1 + len(names):])
    for name, module in ANALYZERS.items():
        assert Settings.model_fields[name].annotation is module.Settings
        hint = inspect.get_annotations(ArticleAnalysis, eval_str=True)[name]
        assert hint is module.Result


@pytest.mark.parametrize("name", list(ANALYZERS))
def test_each_analyzer_satisfies_the_protocol(name):
    module = ANALYZERS[name]
    assert isinstance(module, Analyzer)
    assert isinstance(module.TITLE, str) and module.TITLE
    assert module.ABOUT and all(isinstance(p, str) and p for p in module.ABOUT)
    assert issubclass(module.Settings, Section)
    assert dataclasses.is_dataclass(module.Result)
    assert module.Result.__dataclass_params__.frozen
    assert callable(module.Result.to_json)
    for function in (module.load, module.analyze):
        parameters = list(inspect.signature(function).parameters)
        assert parameters[-1] == "settings"
    assert list(inspect.signature(module.analyze).parameters) == ["article", "settings"]
    result_fields = {f.name for f in dataclasses.fields(module.Result)}
    for metric in module.METRICS:
        assert metric.key in result_fields or isinstance(getattr(module.Result, metric.key, None), property), \
            f"{name}: metric {metric.key} is neither a field nor a property of Result"
        assert metric.label and metric.description and metric.higher and metric.limits


@pytest.mark.parametrize("name", list(ANALYZERS))
def test_load_then_analyze_gives_a_result_with_json(name):
    from helpers import article

    module = ANALYZERS[name]
    settings = module.Settings()
    module.load(settings)
    result = module.analyze(article("A headline\n\nThe mayor said the plan failed. " * 3), settings)
    assert isinstance(result, module.Result)
    assert isinstance(result.to_json(), dict)
