namespace NewsNlp.Rendering;

/// <summary>The page's inline style sheet.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--person:#2563eb;--org:#b45309;--loc:#059669;--misc:#7c3aed}
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:62rem;padding:1.5rem;font:16px/1.6 Georgia,'Times New Roman',serif;color:var(--ink);background:#fff}
        h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .4rem}
        h2{font-size:1.15rem;margin:2rem 0 .6rem;font-family:system-ui,sans-serif}
        .summary,.legend,footer,table{font-family:system-ui,sans-serif;font-size:.85rem;color:var(--muted)}
        .legend{margin:.6rem 0 1.2rem;line-height:2.1}
        .legend-title{font-weight:600;margin-left:.4rem}
        .text{white-space:pre-wrap;overflow-wrap:anywhere;border-top:1px solid var(--line);padding-top:1rem}
        .ent{border-bottom:3px solid var(--c);background:color-mix(in srgb,var(--c) 12%,transparent);border-radius:2px;padding:0 1px}
        .ent-person{--c:var(--person)}.ent-org{--c:var(--org)}.ent-loc{--c:var(--loc)}.ent-misc{--c:var(--misc)}
        .ent[data-label]::after{content:attr(data-label);font:600 .58em/1 system-ui,sans-serif;letter-spacing:.03em;color:#fff;background:var(--c);border-radius:3px;padding:1px 3px;margin-left:3px;vertical-align:.25em;white-space:nowrap}
        .toggle{position:absolute;opacity:0;width:1px;height:1px;pointer-events:none}
        label.switch{cursor:pointer;user-select:none;white-space:nowrap;display:inline-block;line-height:1.5}
        label.switch::before{content:"\2713";display:inline-block;width:1.1em;font-weight:700;color:var(--muted)}
        .toggle:focus-visible+*{outline:2px solid var(--ink)}
        #show-ent-person:not(:checked)~main .ent-person,#show-ent-org:not(:checked)~main .ent-org,#show-ent-loc:not(:checked)~main .ent-loc,#show-ent-misc:not(:checked)~main .ent-misc{border-bottom:none;background:none}
        #show-ent-person:not(:checked)~main .ent-person::after,#show-ent-org:not(:checked)~main .ent-org::after,#show-ent-loc:not(:checked)~main .ent-loc::after,#show-ent-misc:not(:checked)~main .ent-misc::after{content:none}
        #show-spk-none:not(:checked)~main .quote.spk-none{background:none;box-shadow:none}
        .index td,.index th{font-family:system-ui,sans-serif;font-size:.9rem}
        .quote{--spk:#6e7781;--spk-bg:#eaeef2;background:var(--spk-bg);box-shadow:inset 3px 0 0 var(--spk);padding:1px 2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
        .spk-none{--spk:#6e7781;--spk-bg:#eaeef2}
        .cue{font-weight:700;text-decoration:underline 2px;text-underline-offset:3px}
        .src{font-style:italic;text-decoration:underline double;text-underline-offset:3px}
        .quote .ent{background:transparent}
        table{border-collapse:collapse;width:100%;color:var(--ink)}
        th,td{border-top:1px solid var(--line);padding:.45rem .5rem;text-align:left;vertical-align:top}
        th{font-weight:600;color:var(--muted)}
        td ol{margin:0;padding-left:1.2rem}
        .swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:50%;background:var(--spk);margin-right:.4rem;vertical-align:-1px}
        .kind,.count,.conf{color:var(--muted);font-size:.8em;margin-left:.3rem}
        .stance{display:inline-block;border-radius:3px;padding:0 .35rem;margin:0 .2rem .2rem 0;background:#eaeef2}
        .stance-agree{background:#dafbe1}.stance-disagree{background:#ffebe9}.stance-discuss{background:#fff8c5}
        footer{margin-top:2.5rem;border-top:1px solid var(--line);padding-top:.6rem}

        """;
}
