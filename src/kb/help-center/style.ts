/**
 * The help center's one stylesheet: system fonts, nothing loaded from elsewhere, readable from
 * 320 px phones to wide screens, visible focus, contrast above WCAG AA.
 */
export const STYLE = `*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1b1f24;background:#fff}
a{color:#0b57b0}
a:hover{color:#083f80}
:focus-visible{outline:3px solid #f0a000;outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem}
.skip:focus{left:1rem;z-index:10}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.site{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem 1.5rem;padding:1rem max(1rem,calc(50% - 36rem));background:#12325c;color:#fff}
header.site a{color:#fff}
.brand{display:flex;align-items:center;gap:.6rem;font-weight:600;font-size:1.15rem;text-decoration:none}
.brand img{width:40px;height:40px;border-radius:6px;background:#fff}
.brand .sub{font-weight:400;opacity:.85}
.lang{margin-left:auto;border:1px solid rgba(255,255,255,.6);border-radius:4px;padding:.2rem .6rem;text-decoration:none}
form.search{flex:1 1 100%}
form.search label{display:block;font-size:.9rem;margin-bottom:.25rem}
.field{display:flex;gap:.5rem}
.field input{flex:1;min-width:0;font:inherit;padding:.55rem .7rem;border:1px solid #8b96a3;border-radius:4px}
.field button{font:inherit;padding:.55rem 1rem;border:0;border-radius:4px;background:#f0a000;color:#1b1f24;font-weight:600;cursor:pointer}
main{max-width:72rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.8rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.35rem;margin:1.8rem 0 .6rem}
h3{font-size:1.1rem;margin:1.2rem 0 .4rem}
.products{display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:0 2rem}
.product ul,.related ul,#results ol{padding-left:1.2rem}
.product li,.related li{margin:.3rem 0}
#results{border:1px solid #d4dae1;border-radius:6px;padding:.5rem 1.25rem 1rem;margin-bottom:1.5rem;background:#f6f8fa}
#results li{margin:.8rem 0}
#results .snippet{display:block;color:#3d4650;font-size:.95rem}
#results mark{background:#ffe08a;color:inherit}
.crumbs{font-size:.9rem;color:#3d4650}
.updated{color:#3d4650;font-size:.9rem}
article{max-width:46rem}
article img{max-width:100%;height:auto;border:1px solid #d4dae1;border-radius:4px}
article pre,article code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
article pre{overflow-x:auto;background:#f6f8fa;padding:.75rem;border-radius:4px}
article table{border-collapse:collapse;display:block;overflow-x:auto}
article th,article td{border:1px solid #d4dae1;padding:.35rem .6rem;text-align:left}
.related{border-top:1px solid #d4dae1;margin-top:2rem;max-width:46rem}
footer.site{border-top:1px solid #d4dae1;color:#3d4650;font-size:.9rem;padding:1rem max(1rem,calc(50% - 36rem))}
.choose{text-align:center}
.choose ul{list-style:none;padding:0;font-size:1.25rem}
@media (min-width:48rem){form.search{flex:0 1 28rem;margin-left:0}.lang{margin-left:auto}}
`;
