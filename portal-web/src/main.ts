import './styles.css';
import { bootstrap } from './bootstrap';

const root = document.getElementById('app');
if (root) {
  void bootstrap(root);
}
