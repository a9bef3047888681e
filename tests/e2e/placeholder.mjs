// Stands in for the fixtures' photos (their real URLs are offline here), so pages lay out as
// they would with images and screenshots show what a reader sees.
export const PLACEHOLDER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#b9cfe0"/><stop offset="1" stop-color="#e9eef0"/></linearGradient></defs>
<rect width="1280" height="720" fill="url(#sky)"/>
<path d="M0 520 L260 330 L470 470 L700 270 L980 500 L1280 360 L1280 720 L0 720 Z" fill="#7d8f7a"/>
<path d="M0 610 L340 500 L620 580 L930 470 L1280 560 L1280 720 L0 720 Z" fill="#5d6f5c"/>
<circle cx="1040" cy="150" r="60" fill="#f3e2b3"/>
</svg>`;

export const IMAGE_PATH = /\.(jpe?g|png|gif|webp|svg)(\?.*)?$/i;
