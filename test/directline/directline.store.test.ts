import { MemoryDirectLineStore } from '../../src/directline/memory.directline.store';
import { directLineStoreContract } from './directline.store.contract';

directLineStoreContract('memory', async (nowMs) => new MemoryDirectLineStore(nowMs));
