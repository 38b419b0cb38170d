/**
 * Sandboxed preload: exposes the contract (and nothing else) to the renderer as
 * `window.counterpart`.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from './api';

contextBridge.exposeInMainWorld('counterpart', buildApi(ipcRenderer));
