/** Every ticket of the sample, by customer. Keys are stable: ticket ids are derived from them. */
import acme from './acme.mjs';
import bergmann from './bergmann.mjs';
import clausen from './clausen.mjs';
import dornAlpenblickSeeland from './dorn-alpenblick-seeland.mjs';
import vandermeerEmsbrueck from './vandermeer-emsbrueck.mjs';
import hoffmannKessler from './hoffmann-kessler.mjs';
import weberLindemann from './weber-lindemann.mjs';

export const tickets = [...acme, ...bergmann, ...clausen, ...dornAlpenblickSeeland, ...vandermeerEmsbrueck, ...hoffmannKessler, ...weberLindemann];
