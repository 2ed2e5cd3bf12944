// The selected document's PDF, drawn by pdf.js page by page on canvases with a text layer,
// thumbnails beside it, zoom, and the page in view. show() on a new PDF of the same document
// keeps the page and the scroll position within it.
import * as pdfjsLib from '/pdfjs/pdf.mjs';

pdfjsLib.GlobalWorkerOptions.workerSrc = '/pdfjs/pdf.worker.mjs';

const CSS_PER_PT = 96 / 72;
const ZOOMS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];
const THUMB_WIDTH = 92;

export class PdfView {
  constructor({ pages, thumbs, scroller, onPosition, onPages }) {
    this.onPages = onPages;
    this.pagesEl = pages;
    this.thumbsEl = thumbs;
    this.scroller = scroller;
    this.onPosition = onPosition;
    this.doc = undefined;
    this.zoom = undefined; // undefined: fit width
    this.generation = 0;
    this.pageEls = [];
    scroller.addEventListener('scroll', () => this.reportPosition(), { passive: true });
  }

  get pageCount() {
    return this.doc?.numPages ?? 0;
  }

  /** Where the reader is: the page at the top of the view and how far into it (0…1). */
  position() {
    const top = this.scroller.scrollTop;
    for (let i = 0; i < this.pageEls.length; i++) {
      const el = this.pageEls[i];
      if (el.offsetTop + el.offsetHeight > top) return { page: i + 1, within: Math.max(0, (top - el.offsetTop) / el.offsetHeight) };
    }
    return { page: 1, within: 0 };
  }

  restore({ page, within }) {
    const el = this.pageEls[Math.min(page, this.pageEls.length) - 1];
    if (el) this.scroller.scrollTop = el.offsetTop + within * el.offsetHeight;
    this.reportPosition();
  }

  reportPosition() {
    if (!this.pageEls.length) return;
    const { page } = this.position();
    for (const [i, thumb] of [...this.thumbsEl.children].entries()) thumb.classList.toggle('current', i + 1 === page);
    this.onPosition(page, this.pageEls.length);
  }

  clear() {
    this.generation += 1;
    this.doc?.destroy();
    this.doc = undefined;
    this.pageEls = [];
    delete this.pagesEl.dataset.rendered;
    delete this.pagesEl.dataset.pages;
    this.pagesEl.replaceChildren();
    this.thumbsEl.replaceChildren();
  }

  /** Shows a PDF; keep = { page, within } to land where the reader was. */
  async show(bytes, keep) {
    const generation = ++this.generation;
    const doc = await pdfjsLib.getDocument({
      data: bytes,
      isEvalSupported: false,
      cMapUrl: '/pdfjs/cmaps/',
      cMapPacked: true,
      standardFontDataUrl: '/pdfjs/standard_fonts/',
      wasmUrl: '/pdfjs/wasm/',
    }).promise;
    if (generation !== this.generation) return doc.destroy();
    const old = this.doc;
    this.doc = doc;
    await this.layout(generation, keep);
    old?.destroy();
  }

  zoomStep(direction) {
    const current = this.effectiveZoom();
    const next = direction > 0 ? ZOOMS.find((z) => z > current + 0.001) : [...ZOOMS].reverse().find((z) => z < current - 0.001);
    if (next !== undefined) this.setZoom(next);
  }

  setZoom(zoom) {
    this.zoom = zoom;
    if (this.doc) this.layout(++this.generation, this.position());
  }

  effectiveZoom() {
    return this.zoom ?? this.fitZoom ?? 1;
  }

  async layout(generation, keep) {
    const doc = this.doc;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await doc.getPage(n));
    if (generation !== this.generation) return;
    const firstWidth = pages[0].getViewport({ scale: 1 }).width * CSS_PER_PT;
    this.fitZoom = Math.max(0.3, Math.min(3, (this.scroller.clientWidth - 48) / firstWidth));
    const scale = this.effectiveZoom() * CSS_PER_PT;
    const dpr = window.devicePixelRatio || 1;
    const pageEls = [];
    const drawn = [];
    for (const page of pages) {
      const viewport = page.getViewport({ scale });
      const el = document.createElement('div');
      el.className = 'page';
      el.dataset.page = String(page.pageNumber);
      el.style.width = `${Math.floor(viewport.width)}px`;
      el.style.height = `${Math.floor(viewport.height)}px`;
      el.style.setProperty('--scale-factor', String(scale));
      el.style.setProperty('--total-scale-factor', String(scale));
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width * dpr);
      canvas.height = Math.floor(viewport.height * dpr);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      canvas.dataset.page = String(page.pageNumber);
      canvas.setAttribute('aria-label', `第 ${page.pageNumber} 页`);
      const text = document.createElement('div');
      text.className = 'textLayer';
      el.append(canvas, text);
      pageEls.push(el);
      drawn.push({ page, viewport, canvas, text, dpr });
    }
    delete this.pagesEl.dataset.rendered;
    this.pagesEl.replaceChildren(...pageEls);
    this.pageEls = pageEls;
    this.buildThumbs(pages);
    if (keep) this.restore(keep);
    else {
      this.scroller.scrollTop = 0;
      this.reportPosition();
    }
    this.pagesEl.dataset.pages = String(pages.length);
    this.onPages(pages.length, this.effectiveZoom());
    // The page in view first (after a reload or a zoom the reader is somewhere in the middle), then the rest in order.
    const first = Math.min(keep?.page ?? 1, drawn.length) - 1;
    for (const item of [...drawn.slice(first), ...drawn.slice(0, first)]) {
      if (generation !== this.generation) return;
      await this.draw(item);
    }
    if (generation === this.generation) this.pagesEl.dataset.rendered = 'true';
  }

  async draw({ page, viewport, canvas, text, dpr }) {
    const context = canvas.getContext('2d');
    await page.render({ canvasContext: context, canvas, viewport, transform: dpr === 1 ? null : [dpr, 0, 0, dpr, 0, 0] }).promise;
    canvas.dataset.rendered = 'true';
    this.drawThumb(page.pageNumber, canvas);
    const layer = new pdfjsLib.TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport });
    await layer.render();
    text.dataset.rendered = 'true';
  }

  buildThumbs(pages) {
    const thumbs = pages.map((page) => {
      const viewport = page.getViewport({ scale: 1 });
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'thumb';
      button.title = `第 ${page.pageNumber} 页`;
      const canvas = document.createElement('canvas');
      canvas.width = THUMB_WIDTH;
      canvas.height = Math.round((THUMB_WIDTH * viewport.height) / viewport.width);
      const label = document.createElement('span');
      label.textContent = String(page.pageNumber);
      button.append(canvas, label);
      button.addEventListener('click', () => this.restore({ page: page.pageNumber, within: 0 }));
      return button;
    });
    this.thumbsEl.replaceChildren(...thumbs);
  }

  /** A thumbnail is the drawn page scaled down: no second pdf.js render. */
  drawThumb(pageNumber, source) {
    const thumb = this.thumbsEl.children[pageNumber - 1]?.querySelector('canvas');
    if (!thumb) return;
    const context = thumb.getContext('2d');
    context.imageSmoothingQuality = 'high';
    context.drawImage(source, 0, 0, thumb.width, thumb.height);
  }
}
