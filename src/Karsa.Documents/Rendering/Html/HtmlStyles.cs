namespace Karsa.Documents.Rendering.Html;

/// <summary>
/// The book's inline stylesheet: readable on a phone, A4 pages with page numbers in print. In print a
/// heading keeps with what follows, a paragraph leaves no single line at a page foot or head
/// (orphans/widows 2), a reference sentence keeps with its table or figure, and codes never break inside.
/// </summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { --ink: #1a1a1a; --rule: #777; --soft: #eee; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 52rem; padding: 1rem; color: var(--ink); line-height: 1.5;
               font-family: "DejaVu Sans", "Noto Sans", "Noto Sans Javanese", "Liberation Sans", Arial, sans-serif; font-size: 11pt;
               font-variant-ligatures: none; }
        p, li, td, th, h1, h2, h3, h4, h5, h6, figcaption, .cover * { overflow-wrap: anywhere; word-break: break-word; }
        h1 { font-size: 1.7rem; border-bottom: 3px solid var(--ink); padding-bottom: .3rem; margin-top: 2.5rem; }
        h2 { font-size: 1.4rem; border-bottom: 1px solid var(--rule); margin-top: 2rem; }
        h3 { font-size: 1.15rem; margin-top: 1.5rem; }
        h4, h5, h6 { font-size: 1rem; }
        .cover { min-height: 90vh; display: flex; flex-direction: column; justify-content: center; text-align: center; border: 4px double var(--ink); padding: 2rem; }
        .cover .kicker { font-size: 1rem; letter-spacing: .05em; text-transform: uppercase; }
        .cover .title { font-size: 2rem; font-weight: bold; margin: 1.5rem 0; }
        .cover .subtitle { font-size: 1.3rem; }
        .cover .notice { font-size: .8rem; margin-top: 3rem; }
        nav.toc ol { list-style: none; padding-left: 1rem; }
        nav.toc > ol { padding-left: 0; }
        nav.toc a { color: inherit; display: flex; gap: .5rem; align-items: baseline; }
        nav.toc a .t { flex: 1 1 auto; }
        nav.toc a .pg { flex: 0 0 2.5em; text-align: right; }
        nav.toc a .pg:empty { visibility: hidden; }
        mark.tpl { background: #fff1a8; color: inherit; outline: 1px dashed var(--rule); padding: 0 .1em; }
        td.nw, span.nw { white-space: nowrap; overflow-wrap: normal; }
        p, li, blockquote { orphans: 2; widows: 2; }
        .toc-title { font-size: 1.4rem; font-weight: bold; }
        .table-wrap { overflow-x: auto; max-width: 100%; margin: .8rem 0 1.2rem; }
        table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: .85em; }
        table.compact { font-size: .7em; }
        caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: .3rem; }
        th, td { border: 1px solid var(--rule); padding: .25rem .4rem; vertical-align: top; overflow-wrap: break-word; word-break: normal; hyphens: manual; }
        table.compact th, table.compact td { padding: .15rem .25rem; }
        thead th { background: var(--soft); }
        td.r, th.r { text-align: right; }
        td.c, th.c { text-align: center; }
        tr.total td { font-weight: bold; border-top: 2px solid var(--ink); }
        blockquote { margin: 1rem 0; padding: .5rem 1rem; border-left: 4px solid var(--rule); }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--soft); padding: .5rem; }
        .keys { display: flex; flex-wrap: wrap; gap: .6rem; margin: 1rem 0; }
        .key { border: 1px solid var(--rule); padding: .4rem .7rem; min-width: 8rem; }
        .key .v { display: block; font-size: 1.15rem; font-weight: bold; }
        .key .l { font-size: .8rem; }
        figure { margin: 1rem 0; }
        figure svg { width: 100%; height: auto; display: block; }
        figcaption { font-weight: bold; font-size: .9rem; }
        .note { font-size: .85rem; }
        @media screen { table { min-width: var(--min, 0); } }
        @page { size: A4; margin: 18mm 16mm 20mm; @bottom-center { content: counter(page); font-size: 9pt; font-family: "DejaVu Sans", "Noto Sans", "Liberation Sans", Arial, sans-serif; } }
        @page :first { @bottom-center { content: none; } }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          .cover { min-height: 250mm; border: none; break-after: page; }
          nav.toc { break-before: page; break-after: page; }
          nav.toc li { break-inside: auto; }
          nav.toc a { break-inside: avoid; }
          h1 { break-before: page; }
          h2.chapter { break-before: page; }
          h1 + h2, h1 + h2.chapter { break-before: avoid; }
          h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; }
          p:has(+ .table-wrap), p:has(+ figure) { break-after: avoid; }
          .keys { break-inside: avoid; }
          li { break-inside: avoid; }
          li:first-child { break-after: avoid; }
          li:last-child { break-before: avoid; }
          .table-wrap { overflow: visible; }
          thead { display: table-header-group; break-inside: avoid; break-after: avoid; }
          caption { break-after: avoid; }
          tbody tr:nth-child(-n+2) { break-before: avoid; }
          tr, figure, .key { break-inside: avoid; }
          tr.long { break-inside: auto; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
